using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;

namespace CallCenter.Portal.Components.Reports;

/// <summary>
/// One column of a report page's table: its key (header text <c>Col.&lt;Key&gt;</c> in <c>ReportText</c>, and the id
/// <c>report-total-&lt;key&gt;</c> of its totals cell), how to read the value, how to show it, and — for a count — which
/// calls are behind a cell (drill-down to the call detail), or any other page a cell opens (<c>Link</c>, e.g. a call's replay).
/// </summary>
public sealed record ReportColumnView<TRow>(string Key, Func<TRow, object?> Value, ReportCellFormat Format = ReportCellFormat.Text, Func<TRow, CallDetailFilter?>? Drill = null, Func<TRow, string?>? Link = null);
