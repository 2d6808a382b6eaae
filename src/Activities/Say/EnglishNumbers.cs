using System.Globalization;
using System.Text;

namespace CallCenter.Activities.Say;

/// <summary>
/// Numbers as spoken (US) English: 123 → one hundred twenty-three, 1005 → one thousand five, -5 → minus five,
/// 3.14 → three point one four; ordinals (21 → twenty-first) and years (2026 → twenty twenty-six).
/// </summary>
public static class EnglishNumbers
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] Scales = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"];

    /// <summary>The digit's word: 0 → zero … 9 → nine.</summary>
    public static string Digit(int digit) => Small[digit];

    public static string ToWords(long value)
    {
        if (value == 0) return "zero";
        if (value == long.MinValue) throw new ArgumentOutOfRangeException(nameof(value), value, "Out of range.");
        if (value < 0) return "minus " + ToWords(-value);
        var parts = new List<string>();
        for (int scale = 0; value > 0; scale++, value /= 1000)
        {
            int group = (int)(value % 1000);
            if (group == 0) continue;
            parts.Insert(0, scale == 0 ? Hundreds(group) : $"{Hundreds(group)} {Scales[scale]}");
        }

        return string.Join(' ', parts);
    }

    /// <summary>A decimal as spoken: whole part, then "point" and each digit of the fraction.</summary>
    public static string ToWords(decimal value)
    {
        if (value < 0) return "minus " + ToWords(-value);
        var whole = decimal.Truncate(value);
        var fraction = (value - whole).ToString("0.############################", CultureInfo.InvariantCulture);
        var text = new StringBuilder(ToWords((long)whole));
        if (fraction.Length > 2)
        {
            text.Append(" point");
            foreach (var c in fraction.AsSpan(2)) text.Append(' ').Append(Digit(c - '0'));
        }

        return text.ToString();
    }

    /// <summary>1 → first, 2 → second, 12 → twelfth, 21 → twenty-first, 30 → thirtieth, 100 → one hundredth.</summary>
    public static string Ordinal(long value)
    {
        var words = ToWords(value);
        int cut = Math.Max(words.LastIndexOf(' '), words.LastIndexOf('-')) + 1;
        var last = words[cut..];
        var ordinal = last switch
        {
            "one" => "first",
            "two" => "second",
            "three" => "third",
            "five" => "fifth",
            "eight" => "eighth",
            "nine" => "ninth",
            "twelve" => "twelfth",
            _ when last.EndsWith('y') => last[..^1] + "ieth",
            _ => last + "th",
        };
        return words[..cut] + ordinal;
    }

    /// <summary>Years as said: 2026 → twenty twenty-six, 2000 → two thousand, 2005 → two thousand five, 1900 → nineteen hundred, 1905 → nineteen oh five.</summary>
    public static string Year(int year)
    {
        if (year is < 1000 or > 9999) return ToWords(year);
        int high = year / 100, low = year % 100;
        if (high % 10 == 0 && low < 10) return ToWords(year); // 2000, 2005, 1009
        if (low == 0) return $"{ToWords(high)} hundred";
        return low < 10 ? $"{ToWords(high)} oh {Small[low]}" : $"{ToWords(high)} {ToWords(low)}";
    }

    private static string Hundreds(int value)
    {
        int hundreds = value / 100, rest = value % 100;
        var tens = rest switch
        {
            0 => "",
            < 20 => Small[rest],
            _ when rest % 10 == 0 => Tens[rest / 10],
            _ => $"{Tens[rest / 10]}-{Small[rest % 10]}",
        };
        if (hundreds == 0) return tens;
        return rest == 0 ? $"{Small[hundreds]} hundred" : $"{Small[hundreds]} hundred {tens}";
    }
}
