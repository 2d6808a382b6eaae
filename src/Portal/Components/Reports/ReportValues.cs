using System.Globalization;
using CallCenter.Domain.Reports.Excel;
using CallCenter.Portal.Components.Live;

namespace CallCenter.Portal.Components.Reports;

/// <summary>Shows a report value in the user's culture: counts with group separators, percentages, durations as h:mm:ss, local dates; "—" for none.</summary>
public static class ReportValues
{
    public const string None = "—";

    public static string Format(object? value, ReportCellFormat format)
    {
        if (value is null) return None;
        var culture = CultureInfo.CurrentCulture;
        return format switch
        {
            ReportCellFormat.Integer => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("N0", culture),
            ReportCellFormat.Number => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("N2", culture),
            ReportCellFormat.Percent => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("P1", culture),
            ReportCellFormat.Duration => Durations.Format(TimeSpan.FromSeconds(Math.Round(Convert.ToDouble(value, CultureInfo.InvariantCulture)))),
            ReportCellFormat.DateTime => ((DateTime)value).ToString("G", culture),
            ReportCellFormat.Date => (value is DateOnly d ? d : DateOnly.FromDateTime((DateTime)value)).ToString("d", culture),
            _ => Convert.ToString(value, culture) ?? "",
        };
    }

    /// <summary>Numbers are right-aligned, text left.</summary>
    public static bool IsNumeric(ReportCellFormat format) => format is not (ReportCellFormat.Text or ReportCellFormat.DateTime or ReportCellFormat.Date);
}
