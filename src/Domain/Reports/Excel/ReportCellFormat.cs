namespace CallCenter.Domain.Reports.Excel;

/// <summary>How a report column's values are written and formatted in Excel.</summary>
public enum ReportCellFormat
{
    /// <summary>Text, kept as text (numbers like "075512345678" keep their leading zero).</summary>
    Text,
    /// <summary>Whole number, <c>#,##0</c>.</summary>
    Integer,
    /// <summary>Decimal number, <c>#,##0.00</c>.</summary>
    Number,
    /// <summary>A ratio 0–1 shown as <c>0.0%</c>.</summary>
    Percent,
    /// <summary>Seconds shown as a duration <c>[h]:mm:ss</c> (written as a fraction of a day, so Excel can add them).</summary>
    Duration,
    /// <summary>A local date and time, <c>yyyy-mm-dd hh:mm:ss</c>.</summary>
    DateTime,
    /// <summary>A local date, <c>yyyy-mm-dd</c>.</summary>
    Date,
}
