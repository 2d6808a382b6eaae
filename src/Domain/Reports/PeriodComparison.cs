namespace CallCenter.Domain.Reports;

/// <summary>
/// Period comparison (对比): the traffic and queue totals of a period against the previous period of equal length and
/// the same dates last year. Runs the totals of <see cref="TrafficReport"/> (by number, not bucketed) and <see cref="QueueReport"/> three times.
/// Honours what those two honour.
/// </summary>
public sealed class PeriodComparison(TrafficReport traffic, QueueReport queues)
{
    public PeriodComparison(ReportSource source) : this(new TrafficReport(source), new QueueReport(source)) { }

    public async Task<IReadOnlyList<ComparisonRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var periods = new[] { filter, filter.Previous(), filter.SamePeriodLastYear() };
        var figures = new List<Dictionary<string, double?>>();
        foreach (var p in periods)
        {
            var t = await traffic.TotalsByNumberAsync(p, ct);
            var q = (await queues.RunAsync(p, ct)).Totals;
            figures.Add(new Dictionary<string, double?>
            {
                ["inbound"] = t.Inbound, ["outbound"] = t.Outbound, ["answered"] = t.Answered, ["abandoned"] = t.Abandoned,
                ["talk_seconds"] = t.TalkSeconds, ["queue_offered"] = q.Offered, ["queue_answered"] = q.Answered,
                ["queue_abandoned"] = q.Abandoned, ["sl1"] = q.ServiceLevel1, ["sl2"] = q.ServiceLevel2, ["asa_seconds"] = q.AverageSpeedOfAnswerSeconds,
            });
        }
        return Labels.Select(l => new ComparisonRow(l.Key, l.Value, figures[0][l.Key], figures[1][l.Key], figures[2][l.Key])).ToList();
    }

    private static readonly IReadOnlyList<KeyValuePair<string, string>> Labels =
    [
        new("inbound", "呼入 Inbound"), new("outbound", "呼出 Outbound"), new("answered", "接通 Answered"), new("abandoned", "未接 Abandoned"),
        new("talk_seconds", "通话时长 Talk (s)"), new("queue_offered", "进队 Offered"), new("queue_answered", "队列接通 Queue answered"),
        new("queue_abandoned", "队列放弃 Queue abandoned"), new("sl1", "服务水平 SL1"), new("sl2", "服务水平 SL2"), new("asa_seconds", "平均应答 ASA (s)"),
    ];
}
