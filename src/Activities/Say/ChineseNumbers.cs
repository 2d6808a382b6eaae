using System.Globalization;
using System.Text;

namespace CallCenter.Activities.Say;

/// <summary>
/// Numbers as spoken Mandarin: 123 → 一百二十三, 200 → 两百, 10 → 十, 110 → 一百一十, 1001 → 一千零一,
/// 100010000 → 一亿零一万, 3.14 → 三点一四, -5 → 负五. 两 stands before 百/千 and for a 2 that alone
/// counts 万/亿 (两万, 两亿); elsewhere 二 (二十, 十二). One 零 marks any run of zeros between digits.
/// </summary>
public static class ChineseNumbers
{
    /// <summary>The largest whole number read (9999 9999 9999 9999: up to 万亿).</summary>
    public const long MaxValue = 9_999_999_999_999_999;

    private const string Digits = "零一二三四五六七八九";
    private static readonly string[] SectionUnits = ["", "万", "亿", "万亿"];
    private static readonly char[] PlaceUnits = ['\0', '十', '百', '千'];

    /// <summary>The digit's word: 0 → 零 … 9 → 九.</summary>
    public static char Digit(int digit) => Digits[digit];

    public static string ToWords(long value)
    {
        if (value == 0) return "零";
        if (value < 0) return "负" + ToWords(value == long.MinValue ? throw Range(value) : -value);
        if (value > MaxValue) throw Range(value);

        Span<int> sections = stackalloc int[4];
        int count = 0;
        for (long rest = value; rest > 0; rest /= 10000) sections[count++] = (int)(rest % 10000);

        var text = new StringBuilder();
        bool zeroPending = false;
        for (int i = count - 1; i >= 0; i--)
        {
            int section = sections[i];
            if (section == 0)
            {
                zeroPending = text.Length > 0;
                continue;
            }

            // A section below 1000 after a higher one starts with zeros (1,0005 → 一万零五); so does one after a skipped empty section.
            if (text.Length > 0 && (zeroPending || section < 1000)) text.Append('零');
            zeroPending = false;
            AppendSection(text, section, leading: text.Length == 0, counted: i > 0);
            text.Append(SectionUnits[i]);
        }

        return text.ToString();
    }

    /// <summary>A decimal as spoken: whole part, then 点 and each digit of the fraction (3.50 → 三点五).</summary>
    public static string ToWords(decimal value)
    {
        if (value < 0) return "负" + ToWords(-value);
        var whole = decimal.Truncate(value);
        if (whole > MaxValue) throw Range(value);
        var fraction = (value - whole).ToString("0.############################", CultureInfo.InvariantCulture);
        var words = ToWords((long)whole);
        if (fraction.Length <= 2) return words;
        var text = new StringBuilder(words).Append('点');
        foreach (var c in fraction.AsSpan(2)) text.Append(Digit(c - '0'));
        return text.ToString();
    }

    private static void AppendSection(StringBuilder text, int section, bool leading, bool counted)
    {
        // 20000 → 两万, 2 0000 0000 → 两亿: a lone 2 counting a large unit is 两.
        if (section == 2 && counted)
        {
            text.Append('两');
            return;
        }

        bool started = false, zero = false;
        for (int place = 3, divisor = 1000; place >= 0; place--, divisor /= 10)
        {
            int digit = section / divisor % 10;
            if (digit == 0)
            {
                zero = started;
                continue;
            }

            if (zero) text.Append('零');
            zero = false;
            if (place == 1 && digit == 1 && leading && !started)
            {
                // 10 → 十 and 15 → 十五 at the start of a number, but 110 → 一百一十.
            }
            else
            {
                text.Append(place >= 2 && digit == 2 ? '两' : Digit(digit));
            }

            if (place > 0) text.Append(PlaceUnits[place]);
            started = true;
        }
    }

    private static ArgumentOutOfRangeException Range(object value) =>
        new(nameof(value), value, $"Numbers are read up to {MaxValue} (万亿).");
}
