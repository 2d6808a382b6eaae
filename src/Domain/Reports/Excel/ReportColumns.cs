namespace CallCenter.Domain.Reports.Excel;

/// <summary>The Excel columns of each report (bilingual headers), for <see cref="ReportWorkbook.AddSheet{TRow}"/>.</summary>
public static class ReportColumns
{
    private const ReportCellFormat T = ReportCellFormat.Text, I = ReportCellFormat.Integer, N = ReportCellFormat.Number,
        P = ReportCellFormat.Percent, D = ReportCellFormat.Duration, Dt = ReportCellFormat.DateTime, Day = ReportCellFormat.Date;

    public static readonly IReadOnlyList<ReportColumn<QueueReportRow>> Queue =
    [
        new("队列 Queue", r => r.DisplayName, T), new("阈值 T (s)", r => r.Queue == "" ? null : r.ServiceLevelSeconds, I),
        new("进队 Offered", r => r.Offered, I), new("接通 Answered", r => r.Answered, I), new("放弃 Abandoned", r => r.Abandoned, I),
        new("溢出 Overflowed", r => r.Overflowed, I), new("T内接通 Answered ≤ T", r => r.AnsweredWithinThreshold, I),
        new("T内放弃 Abandoned ≤ T", r => r.AbandonedWithinThreshold, I), new("SL1", r => r.ServiceLevel1, P), new("SL2", r => r.ServiceLevel2, P),
        new("平均应答 ASA", r => r.AverageSpeedOfAnswerSeconds, D), new("最长等待 Longest wait", r => r.LongestWaitSeconds, D),
    ];

    public static readonly IReadOnlyList<ReportColumn<TrafficRow>> Traffic =
    [
        new("时段 Period", r => r.Bucket, T), new("号码/队列 Number/queue", r => r.Key, T), new("呼入 Inbound", r => r.Inbound, I),
        new("呼出 Outbound", r => r.Outbound, I), new("接通 Answered", r => r.Answered, I), new("未接 Abandoned", r => r.Abandoned, I),
        new("通话时长 Talk", r => r.TalkSeconds, D),
    ];

    public static readonly IReadOnlyList<ReportColumn<AgentReportRow>> Agent =
    [
        new("工号 Agent", r => r.Agent, T), new("姓名 Name", r => r.Name, T), new("接听 Calls", r => r.Calls, I), new("通话 Talk", r => r.TalkSeconds, D),
        new("保持 Hold", r => r.HoldSeconds, D), new("话后 Wrap-up", r => r.WrapUpSeconds, D), new("平均处理 AHT", r => r.AverageHandleSeconds, D),
        new("未接 No answer", r => r.NoAnswer, I), new("就绪 Ready", r => r.ReadySeconds, D), new("未就绪 Not ready", r => r.NotReadySeconds, D),
        new("忙 Busy", r => r.BusySeconds, D), new("在线 Logged in", r => r.LoggedInSeconds, D), new("占用率 Occupancy", r => r.Occupancy, P),
    ];

    public static readonly IReadOnlyList<ReportColumn<AgentAttendanceRow>> Attendance =
    [
        new("工号 Agent", r => r.Agent, T), new("姓名 Name", r => r.Name, T), new("日期 Day", r => r.Day, Day),
        new("首次登录 First login", r => r.FirstLogin, Dt), new("最后登出 Last logout", r => r.LastLogout, Dt), new("在线 Logged in", r => r.LoggedInSeconds, D),
    ];

    public static readonly IReadOnlyList<ReportColumn<AbandonQueueRow>> AbandonByQueue =
    [
        new("队列 Queue", r => r.Queue == "" ? "合计 Total" : r.Queue, T), new("放弃 Abandoned", r => r.Abandoned, I),
        new("短时放弃 Short (<5 s)", r => r.Short, I), new("有效放弃 Long", r => r.Long, I), new("平均等待 Avg wait", r => r.AverageWaitSeconds, D),
    ];

    public static readonly IReadOnlyList<ReportColumn<HangupSideRow>> HangupParty =
    [
        new("拆线方 Side", r => r.Label, T), new("接通 Answered", r => r.Answered, I), new("未接通 Unanswered", r => r.Unanswered, I),
        new("合计 Calls", r => r.Calls, I), new("占比 Share", r => r.Share, P),
    ];

    public static readonly IReadOnlyList<ReportColumn<ExtensionTrafficRow>> ExtensionTraffic =
    [
        new("分机 Extension", r => r.Extension, T), new("名称 Name", r => r.DisplayName, T), new("呼出 Placed", r => r.Outgoing, I),
        new("呼出接通 Placed answered", r => r.OutgoingAnswered, I), new("呼出通话 Placed talk", r => r.OutgoingTalkSeconds, D),
        new("呼入 Received", r => r.Incoming, I), new("呼入接通 Received answered", r => r.IncomingAnswered, I),
        new("呼入通话 Received talk", r => r.IncomingTalkSeconds, D),
    ];

    public static readonly IReadOnlyList<ReportColumn<IvrNodeRow>> IvrNavigation =
    [
        new("流程 Flow", r => r.Flow, T), new("节点 Node", r => r.Node, T), new("类型 Type", r => r.Type, T), new("进入 Entered", r => r.Entered, I),
        new("挂机离开 Hung up", r => r.LeftByHangup, I),
        new("出口 Outcomes", r => string.Join(", ", r.Outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key}: {o.Value}")), T),
    ];

    /// <summary>The survey results, with one column per answer found (<paramref name="answers"/>, e.g. 1–5).</summary>
    public static IReadOnlyList<ReportColumn<SurveyReportRow>> Survey(IReadOnlyList<string> answers) =>
    [
        new("问题 Question", r => r.Question, T), new("队列 Queue", r => r.Queue, T), new("座席 Agent", r => r.Agent, T),
        new("回答 Responses", r => r.Responses, I), new("未回答 Unanswered", r => r.Unanswered, I), new("回答率 Response rate", r => r.ResponseRate, P),
        .. answers.Select(a => new ReportColumn<SurveyReportRow>($"“{a}”", r => r.Answers.GetValueOrDefault(a), I)),
        new("平均分 Average", r => r.AverageScore, N),
    ];

    public static readonly IReadOnlyList<ReportColumn<ComparisonRow>> Comparison =
    [
        new("指标 Measure", r => r.Label, T), new("本期 Current", r => r.Current, N), new("上期 Previous", r => r.Previous, N),
        new("环比 vs previous", r => r.ChangeVsPrevious, P), new("去年同期 Last year", r => r.LastYear, N), new("同比 vs last year", r => r.ChangeVsLastYear, P),
    ];

    /// <summary>The call detail as a formatted sheet (small ranges; a whole year goes through <see cref="CallDetailExport"/>).</summary>
    public static readonly IReadOnlyList<ReportColumn<CallDetailRow>> CallDetail =
    [
        new("呼叫ID Call id", r => r.CallId, T), new("主叫 Caller", r => r.Caller, T), new("被叫 Callee", r => r.Callee, T),
        new("开始 Started", r => r.StartedAt, Dt), new("应答 Answered", r => r.AnsweredAt, Dt), new("结束 Ended", r => r.EndedAt, Dt),
        new("振铃 Ring", r => r.RingSeconds, D), new("通话 Talk", r => r.TalkSeconds, D), new("挂机方 Hung up by", r => r.HangupBy, T),
        new("原因 Cause", r => r.Cause, T),
    ];
}
