using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Reports.Excel;

/// <summary>
/// Fills a <see cref="ReportWorkbook"/> with one report's sheet(s): the one place a report becomes a workbook, used by the
/// download endpoint (<c>/reports/{name}.xlsx</c>) and by the scheduled report mails, so both carry the same figures.
/// </summary>
public static class ReportSheets
{
    /// <summary>The report names served as workbooks (the call detail, <c>calls</c>, streams through <see cref="CallDetailExport"/> instead).</summary>
    public static readonly IReadOnlyList<string> Names = ["queue", "traffic", "abandon", "agents", "hangup", "ivr", "extensions", "comparison", "survey"];

    private static readonly IReadOnlyList<ReportColumn<AbandonBucketRow>> AbandonByWait =
        [new("等待时长 Wait", r => r.Label), new("放弃 Abandoned", r => r.Abandoned, ReportCellFormat.Integer)];

    private static readonly IReadOnlyList<ReportColumn<AbandonHourRow>> AbandonByHour =
    [
        new("时段 Hour", r => $"{r.Hour:00}:00–{r.Hour:00}:59"), new("放弃 Abandoned", r => r.Abandoned, ReportCellFormat.Integer),
        new("短时放弃 Short (<5 s)", r => r.Short, ReportCellFormat.Integer),
    ];

    /// <summary>
    /// Adds the sheets of <paramref name="name"/> (one of <see cref="Names"/>) for <paramref name="filter"/>;
    /// <paramref name="option"/> gives a report's own options by key (the traffic report's <c>granularity</c> and <c>key</c>).
    /// </summary>
    public static async Task AddAsync(ReportWorkbook book, string name, ReportFilter filter, Func<string, string?> option, IServiceProvider services, CancellationToken ct)
    {
        T Get<T>() where T : notnull => services.GetRequiredService<T>();
        switch (name)
        {
            case "queue":
                var queue = await Get<QueueReport>().RunAsync(filter, ct);
                book.AddSheet("队列 Queues", "队列报表 Queue report", filter, ReportColumns.Queue, queue.Rows, queue.Totals, ct);
                break;
            case "traffic":
                var (granularity, key) = TrafficOptions(option("granularity"), option("key"));
                var traffic = await Get<TrafficReport>().RunAsync(filter, granularity, key, ct);
                book.AddSheet("话务量 Traffic", "话务量报表 Traffic report", filter, ReportColumns.Traffic, traffic.Rows, traffic.Totals, ct);
                break;
            case "abandon":
                var abandon = await Get<AbandonReport>().RunAsync(filter, ct);
                book.AddSheet("按等待 By wait", "放弃分析 Abandon analysis", filter, AbandonByWait, abandon.ByWait,
                    new AbandonBucketRow(-1, "合计 Total", 0, null, abandon.Totals.Abandoned), ct);
                book.AddSheet("按队列 By queue", "放弃分析 Abandon analysis", filter, ReportColumns.AbandonByQueue, abandon.ByQueue, abandon.Totals, ct);
                book.AddSheet("按时段 By hour", "放弃分析 Abandon analysis", filter, AbandonByHour, abandon.ByHour,
                    new AbandonHourRow(0, abandon.Totals.Abandoned, abandon.Totals.Short), ct);
                break;
            case "agents":
                var agents = await Get<AgentReport>().RunAsync(filter, ct);
                book.AddSheet("座席 Agents", "座席工作量 Agent report", filter, ReportColumns.Agent, agents.Rows, agents.Totals, ct);
                var attendance = await Get<AgentReport>().AttendanceAsync(filter, ct);
                book.AddSheet("考勤 Attendance", "座席考勤 Attendance", filter, ReportColumns.Attendance, attendance, null, ct);
                break;
            case "hangup":
                var hangup = await Get<HangupSideReport>().RunAsync(filter, ct);
                book.AddSheet("拆线方式 Hang-up", "拆线方式 Hang-up side", filter, ReportColumns.HangupParty, hangup.Rows, hangup.Totals, ct);
                break;
            case "ivr":
                var ivr = await Get<IvrNavigationReport>().RunAsync(filter, ct);
                book.AddSheet("IVR", "IVR 导航 IVR navigation", filter, ReportColumns.IvrNavigation, ivr.Rows, ivr.Totals, ct);
                break;
            case "extensions":
                var extensions = await Get<ExtensionTrafficReport>().RunAsync(filter, ct);
                book.AddSheet("分机 Extensions", "分机话务 Extension traffic", filter, ReportColumns.ExtensionTraffic, extensions.Rows, extensions.Totals, ct);
                break;
            case "comparison":
                var comparison = await Get<PeriodComparison>().RunAsync(filter, ct);
                book.AddSheet("对比 Comparison", "同比环比 Period comparison", filter, ReportColumns.Comparison, comparison, null, ct);
                break;
            case "survey":
                var survey = await Get<SurveyReport>().RunAsync(filter, ct);
                book.AddSheet("满意度 Survey", "满意度调查 Survey results", filter, ReportColumns.Survey(SurveyReport.AnswersOf(survey.Rows)), survey.Rows, survey.Totals, ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "Not a report served as a workbook.");
        }
    }

    /// <summary>The traffic report's <c>granularity</c> (hour|day|week|month, default day) and <c>key</c> (number|queue, default number).</summary>
    public static (ReportGranularity Granularity, TrafficKey Key) TrafficOptions(string? granularity, string? key) =>
        (Enum.TryParse<ReportGranularity>(granularity, true, out var g) && Enum.IsDefined(g) ? g : ReportGranularity.Day,
         Enum.TryParse<TrafficKey>(key, true, out var k) && Enum.IsDefined(k) ? k : TrafficKey.Number);
}
