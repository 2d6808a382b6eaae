namespace CallCenter.Domain.Numbers;

/// <summary>
/// Phone-number patterns as operators write them in lists and routes: an exact number (<c>13800138000</c>)
/// or a prefix ending in <c>*</c> (<c>0755*</c>, <c>*</c> for any number). Numbers are compared after
/// <see cref="Normalize"/>.
/// </summary>
public static class NumberPattern
{
    /// <summary>The longest number whose prefixes <see cref="Candidates"/> enumerates; longer input is truncated for prefix matching.</summary>
    public const int MaxLength = 32;

    /// <summary>Keeps digits, a leading '+', '*' and '#': "+86 138-0013-8000" → "+8613800138000".</summary>
    public static string Normalize(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return "";
        Span<char> buffer = stackalloc char[Math.Min(number.Length, 256)];
        var length = 0;
        foreach (var c in number.AsSpan(0, Math.Min(number.Length, 256)))
        {
            if (char.IsAsciiDigit(c) || c is '*' or '#' || (c == '+' && length == 0)) buffer[length++] = c;
        }
        return new string(buffer[..length]);
    }

    /// <summary>True when <paramref name="pattern"/> is a prefix pattern (ends with '*').</summary>
    public static bool IsPrefix(string pattern) => pattern.EndsWith('*');

    /// <summary>Whether a normalised number matches a pattern.</summary>
    public static bool Matches(string pattern, string number) =>
        IsPrefix(pattern) ? number.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) : pattern == number;

    /// <summary>How specific a pattern is: an exact number beats any prefix, a longer prefix a shorter one.</summary>
    public static int Specificity(string? pattern) =>
        string.IsNullOrEmpty(pattern) ? 0 : IsPrefix(pattern) ? pattern.Length : 1000 + pattern.Length;

    /// <summary>
    /// Every pattern that could match <paramref name="number"/>: the number itself and each of its prefixes
    /// with '*' ("*", "1*", "13*", …), so a lookup is one indexed <c>IN (…)</c> query on every provider.
    /// </summary>
    public static List<string> Candidates(string number)
    {
        var length = Math.Min(number.Length, MaxLength);
        var result = new List<string>(length + 2) { number };
        for (var i = 0; i <= length; i++) result.Add(string.Concat(number.AsSpan(0, i), "*"));
        return result;
    }
}
