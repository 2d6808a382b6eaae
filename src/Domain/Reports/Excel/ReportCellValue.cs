using System.Globalization;

namespace CallCenter.Domain.Reports.Excel;

/// <summary>
/// A report cell as a streamed sheet stores it: a number (counts, ratios, durations as fractions of a day, dates as
/// OADates) or a text, or neither (an empty cell). Mirrors what <see cref="ReportWorkbook"/> hands ClosedXML for a
/// small sheet, so both paths write the same values.
/// </summary>
internal readonly record struct ReportCellValue(double? Number, string? Text)
{
    /// <summary>The value of a column (<see cref="ReportColumn{TRow}.Value"/>) in the form the column's format writes.</summary>
    public static ReportCellValue From(ReportCellFormat format, object? value) => value is null ? default : format switch
    {
        ReportCellFormat.Text => new(null, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        ReportCellFormat.Duration => new(Convert.ToDouble(value, CultureInfo.InvariantCulture) / 86400, null),
        ReportCellFormat.DateTime or ReportCellFormat.Date => new(AsDateTime(value).ToOADate(), null),
        _ => new(Convert.ToDouble(value, CultureInfo.InvariantCulture), null),
    };

    /// <summary>The text a column's width is measured on (as Excel shows the value), or null for an empty cell.</summary>
    public static string? WidthText(ReportCellFormat format, object? value) => value is null ? null : format switch
    {
        ReportCellFormat.Text => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        ReportCellFormat.Duration => TimeSpan.FromSeconds(Math.Round(Convert.ToDouble(value, CultureInfo.InvariantCulture))).ToString("c", CultureInfo.InvariantCulture),
        ReportCellFormat.Date => ReportWorkbook.DateFormat,
        ReportCellFormat.DateTime => ReportWorkbook.DateTimeFormat,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture)
            .ToString(format == ReportCellFormat.Integer ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture),
    };

    /// <summary>A <see cref="DateTime"/> or <see cref="DateOnly"/> (at midnight) column value.</summary>
    public static DateTime AsDateTime(object value) => value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : (DateTime)value;
}
