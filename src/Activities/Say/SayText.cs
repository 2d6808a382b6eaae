using System.Text;

namespace CallCenter.Activities.Say;

/// <summary>
/// The words the Say* activities speak, per voice: Mandarin for <c>cmn</c> (and <c>zh*</c>), English otherwise.
/// Pure functions: what is said is decided here, how it sounds in <see cref="SpeechComposer"/>.
/// </summary>
public static class SayText
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>True for the Mandarin voices (<c>cmn</c>, <c>zh</c>, <c>zh-CN</c> …).</summary>
    public static bool IsChinese(string voice) =>
        voice.StartsWith("cmn", StringComparison.OrdinalIgnoreCase) || voice.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static string Number(decimal value, string voice) =>
        IsChinese(voice) ? ChineseNumbers.ToWords(value) : EnglishNumbers.ToWords(value);

    /// <summary>Each character on its own (a phone or ticket number): 0–9, * and #; spaces and dashes are skipped, anything else is refused.</summary>
    public static string Digits(string digits, string voice)
    {
        bool chinese = IsChinese(voice);
        var words = new List<string>(digits.Length);
        foreach (var c in digits)
        {
            if (c is ' ' or '-') continue;
            words.Add(c switch
            {
                >= '0' and <= '9' => chinese ? ChineseNumbers.Digit(c - '0').ToString() : EnglishNumbers.Digit(c - '0'),
                '*' => chinese ? "星号" : "star",
                '#' => chinese ? "井号" : "pound",
                _ => throw new FormatException($"'{digits}' holds '{c}', which is not a digit, * or #."),
            });
        }

        return string.Join(chinese ? "" : " ", words);
    }

    /// <summary>2026-11-25 → 二零二六年十一月二十五日 / November twenty-fifth, twenty twenty-six.</summary>
    public static string Date(DateOnly date, string voice)
    {
        if (!IsChinese(voice)) return $"{Months[date.Month - 1]} {EnglishNumbers.Ordinal(date.Day)}, {EnglishNumbers.Year(date.Year)}";
        var text = new StringBuilder();
        foreach (var c in date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)) text.Append(ChineseNumbers.Digit(c - '0'));
        return text.Append('年').Append(ChineseNumbers.ToWords(date.Month)).Append('月').Append(ChineseNumbers.ToWords(date.Day)).Append('日').ToString();
    }

    /// <summary>
    /// An amount rounded to the cent: 123.45 → 一百二十三元四角五分, 10.05 → 十元零五分, 0.5 → 五角, 2 → 两元, 0 → 零元;
    /// in English 123.45 → one hundred twenty-three dollars and forty-five cents, 1 → one dollar, 0.01 → one cent.
    /// </summary>
    public static string Money(decimal amount, string voice)
    {
        var cents = (long)decimal.Round(Math.Abs(amount) * 100, MidpointRounding.AwayFromZero);
        string sign = cents > 0 && amount < 0 ? (IsChinese(voice) ? "负" : "minus ") : "";
        long whole = cents / 100;
        int fraction = (int)(cents % 100);
        return sign + (IsChinese(voice) ? ChineseMoney(whole, fraction / 10, fraction % 10) : EnglishMoney(whole, fraction));
    }

    private static string ChineseMoney(long yuan, int jiao, int fen)
    {
        if (yuan == 0 && jiao == 0 && fen == 0) return "零元";
        var text = new StringBuilder();
        // A count of 2 before a measure word is 两 (两元), as in 两百.
        if (yuan > 0) text.Append(yuan == 2 ? "两" : ChineseNumbers.ToWords(yuan)).Append('元');
        if (jiao > 0) text.Append(ChineseNumbers.Digit(jiao)).Append('角');
        if (fen > 0)
        {
            if (yuan > 0 && jiao == 0) text.Append('零');
            text.Append(ChineseNumbers.Digit(fen)).Append('分');
        }

        return text.ToString();
    }

    private static string EnglishMoney(long dollars, int cents)
    {
        if (dollars == 0 && cents == 0) return "zero dollars";
        var parts = new List<string>(2);
        if (dollars > 0) parts.Add($"{EnglishNumbers.ToWords(dollars)} {(dollars == 1 ? "dollar" : "dollars")}");
        if (cents > 0) parts.Add($"{EnglishNumbers.ToWords(cents)} {(cents == 1 ? "cent" : "cents")}");
        return string.Join(" and ", parts);
    }
}
