namespace CallCenter.Domain.Customers.Excel;

/// <summary>
/// Column widths in Excel's units (characters of the default font) from the text a column holds: a CJK or full-width
/// character counts two, anything else one. Measured by hand rather than with ClosedXML's <c>AdjustToContents</c>, which
/// asks libgdiplus for font metrics: servers rarely have CJK fonts, so Chinese columns came out far too narrow, and it is slow.
/// </summary>
internal sealed class ColumnWidthMeter(int columns)
{
    public const double MinWidth = 6;
    public const double MaxWidth = 60;
    private readonly int[] _widest = new int[columns];

    /// <summary>Takes one cell's text into account (0-based column).</summary>
    public void Measure(int column, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var width = DisplayWidth(text);
        if (width > _widest[column]) _widest[column] = width;
    }

    /// <summary>The width for a column: its widest text plus a margin for the filter button, within <see cref="MinWidth"/>–<see cref="MaxWidth"/>.</summary>
    public double WidthOf(int column) => Math.Clamp(_widest[column] + 3, MinWidth, MaxWidth);

    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes()) width += IsWide(rune.Value) ? 2 : 1;
        return width;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
}
