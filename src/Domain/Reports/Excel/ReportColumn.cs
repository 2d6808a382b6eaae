namespace CallCenter.Domain.Reports.Excel;

/// <summary>
/// One column of a report sheet: its header (bilingual, e.g. "接通 Answered"), how to read the value from a row (null =
/// empty cell; numbers as double or int, seconds for durations, <see cref="DateTime"/>/<see cref="DateOnly"/> local) and its format.
/// </summary>
public sealed record ReportColumn<TRow>(string Header, Func<TRow, object?> Value, ReportCellFormat Format = ReportCellFormat.Text);
