using CallCenter.Domain.Acd;
using CallCenter.Domain.Reports;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>The call detail (话单) and the drill-downs from report cells to the calls behind them.</summary>
public abstract class CallDetailScenarios : ReportMoreScenarios
{
    [Fact]
    public async Task Call_detail_pages_by_start_in_local_time_with_legs()
    {
        var query = new CallDetailQuery(Source);

        var first = await query.PageAsync(new CallDetailFilter(OnThe24th), 0, 3);
        // Starts on the 24th: c8 09:30, r1 10:00, c2 10:05, r2 10:30, c3 11:00, c4 11:10, r3 14:00, r6 15:00, r4 23:58.
        Assert.Equal(9, first.Total);
        Assert.Equal(["c8", "r1", "c2"], first.Rows.Select(r => r.CallId).ToList());
        var r1 = first.Rows[1];
        Assert.Equal(("13800000001", "4008001234", new DateTime(2026, 11, 24, 10, 0, 0), 10.0, 120.0), (r1.Caller, r1.Callee, r1.StartedAt, r1.RingSeconds, r1.TalkSeconds));
        var leg = Assert.Single(r1.Legs);
        Assert.Equal(("hotline", "8001", 10.0), (leg.Queue, leg.Agent, leg.WaitSeconds));

        var last = Assert.Single((await query.PageAsync(new CallDetailFilter(OnThe24th), 8, 3)).Rows);
        // r4 crosses local midnight: ends 00:04 on the 25th, talk 300 s.
        Assert.Equal(("r4", new DateTime(2026, 11, 25, 0, 4, 0), 300.0), (last.CallId, last.EndedAt, last.TalkSeconds));
    }

    [Fact]
    public async Task Call_detail_streams_every_call_in_start_order()
    {
        var ids = new List<string>();
        await foreach (var row in new CallDetailQuery(Source).StreamAsync(new CallDetailFilter(OnThe24th))) ids.Add(row.CallId);

        Assert.Equal(["c8", "r1", "c2", "r2", "c3", "c4", "r3", "r6", "r4"], ids);
    }

    [Fact]
    public async Task Report_cells_drill_down_to_the_calls_behind_them()
    {
        var query = new CallDetailQuery(Source);
        var queues = await new QueueReport(Source).RunAsync(OnThe24th);
        var hotline = queues.Rows.Single(r => r.Queue == "hotline");

        // Abandoned in hotline: c3, c4; within T (20 s): c3 only. Answered: c1 (no call record) and c2.
        Assert.Equal(["c3", "c4"], await query.CallIdsAsync(QueueReport.DrillDown(OnThe24th, hotline, QueueMeasure.Abandoned)));
        Assert.Equal(["c3"], await query.CallIdsAsync(QueueReport.DrillDown(OnThe24th, hotline, QueueMeasure.AbandonedWithinThreshold)));
        Assert.Equal(["c2"], await query.CallIdsAsync(QueueReport.DrillDown(OnThe24th, hotline, QueueMeasure.Answered)));
        // Abandon bucket 20–30 s: c4; local hour 9: c8.
        Assert.Equal(["c4"], await query.CallIdsAsync(AbandonReport.DrillDownBucket(OnThe24th, 3)));
        Assert.Equal(["c8"], await query.CallIdsAsync(AbandonReport.DrillDownHour(OnThe24th, 9)));
        // Hung up by an agent: c2 (10:05), r3 (14:00).
        Assert.Equal(["c2", "r3"], await query.CallIdsAsync(HangupSideReport.DrillDown(OnThe24th, HangupParty.Agent)));
        Assert.Equal(["c2"], await query.CallIdsAsync(AgentReport.DrillDown(OnThe24th, "8002"))); // answered by 8002
        Assert.Equal(["c2"], await query.CallIdsAsync(AgentReport.DrillDown(OnThe24th, "8001", noAnswer: true))); // rang 8001 unanswered
    }

    [Fact]
    public async Task Traffic_cells_drill_down_by_local_hour_and_by_caller()
    {
        var query = new CallDetailQuery(Source);
        var filter = OnThe24th with { Number = "4008001234" };
        var hours = await new TrafficReport(Source).RunAsync(filter, ReportGranularity.Hour, TrafficKey.Number);
        var late = hours.Rows.Single(r => r.Bucket.StartsWith("23", StringComparison.Ordinal));
        Assert.Equal(["r4"], await query.CallIdsAsync(TrafficReport.DrillDown(filter, ReportGranularity.Hour, TrafficKey.Number, late, TrafficMeasure.Inbound)));

        var days = await new TrafficReport(Source).RunAsync(OnThe24th, ReportGranularity.Day, TrafficKey.Number);
        var extension = days.Rows.Single(r => r.Key == "1001");
        Assert.Equal(["r3"], await query.CallIdsAsync(TrafficReport.DrillDown(OnThe24th, ReportGranularity.Day, TrafficKey.Number, extension, TrafficMeasure.Outbound)));
        var service = days.Rows.Single(r => r.Key == "4008001234");
        Assert.Equal(["r2"], await query.CallIdsAsync(TrafficReport.DrillDown(OnThe24th, ReportGranularity.Day, TrafficKey.Number, service, TrafficMeasure.Abandoned)));
    }
}
