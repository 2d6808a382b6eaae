using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Rollups;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Tests.Reports.Rollups;

/// <summary>
/// Folding <see cref="ReportDataset"/> into the hourly tables: what lands in them, passes that find nothing new, rows
/// written after a pass, and a queue threshold changed after its hours were folded. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class HourlyRollupScenarios : IAsyncLifetime
{
    private DomainDatabase _database = null!;
    private HourlyRollup _rollup = null!;
    private ReportSource _source = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await using (var db = await _database.ContextAsync()) await ReportDataset.InsertAsync(db);
        _rollup = new HourlyRollup(_database.Factory, _database.Time, Options.Create(new HourlyRollupOptions { CommitLag = TimeSpan.Zero }), NullLogger<HourlyRollup>.Instance);
        _source = new ReportSource(_database.Factory, Options.Create(new EngineOptions { TimeZone = "Asia/Shanghai" }), _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Folds until a pass moves no mark (PostgreSQL needs a pass to note the highest id first).</summary>
    private async Task FoldAllAsync()
    {
        await _rollup.FoldAsync();
        await _rollup.FoldAsync();
    }

    [Fact]
    public async Task A_folded_hour_holds_the_queue_lines_of_that_hour_and_a_second_pass_adds_nothing()
    {
        await FoldAllAsync();
        var again = await _rollup.FoldAsync();

        Assert.All(again.Values, moved => Assert.Equal(0, moved));
        await using var db = await _database.ContextAsync();
        // 10:00–11:00 local = 02:00 UTC: c1 and c2 joined and were answered (waits 5 and 30 s; T = 20), talk 100 + 200 s.
        var ten = await db.QueueHours.SingleAsync(h => h.Queue == "hotline" && h.HourUtc == ReportDataset.Local(10, 0));
        Assert.Equal((2, 2, 1, 35.0, 30.0, 300.0, 20), (ten.Joined, ten.Answered, ten.AnsweredWithin, ten.AnsweredWaitSeconds, ten.LongestWaitSeconds, ten.TalkSeconds, ten.ServiceLevelSeconds));
        // Every queue line is in exactly one hour.
        var joinedInLog = await db.QueueEvents.CountAsync(e => e.Queue != null && e.Event == QueueEventType.EnterQueue);
        Assert.Equal(joinedInLog, await db.QueueHours.SumAsync(h => h.Joined));
        var callsInLog = await db.CallRecords.CountAsync();
        Assert.Equal(callsInLog, await db.TrafficHours.SumAsync(h => h.Calls));
        // Every trace of a recorded call is one IVR "call" row count.
        var traced = await db.CallTraces.CountAsync(t => db.CallRecords.Any(c => c.CallId == t.CallId));
        Assert.True(traced > 0);
        Assert.Equal(traced, await db.IvrHours.Where(h => h.Node == "" && h.Outcome == "").SumAsync(h => h.Count));
        Assert.Equal(callsInLog, await db.HangupHours.SumAsync(h => h.Calls));
    }

    [Fact]
    public async Task Lines_written_after_a_pass_count_at_once_and_are_folded_by_the_next_pass()
    {
        await FoldAllAsync();
        await using (var db = await _database.ContextAsync())
        {
            db.QueueEvents.Add(new QueueEvent { At = ReportDataset.Local(10, 30), CallId = "late", Queue = "hotline", Event = QueueEventType.EnterQueue });
            db.QueueEvents.Add(new QueueEvent { At = ReportDataset.Local(10, 30, 4), CallId = "late", Queue = "hotline", Event = QueueEventType.Connect, WaitSeconds = 4, Agent = "8001" });
            await db.SaveChangesAsync();
        }
        var filter = new ReportFilter(ReportDataset.Day, ReportDataset.Day) { Queue = "hotline" };

        // Not folded yet: read from the log after the mark. 6 + 1 offered, 2 + 1 answered, 1 + 1 within T.
        var before = Assert.Single((await new QueueReport(_source).RunAsync(filter)).Rows);
        Assert.Equal((7, 3, 2), (before.Offered, before.Answered, before.AnsweredWithinThreshold));

        await FoldAllAsync();

        var after = Assert.Single((await new QueueReport(_source).RunAsync(filter)).Rows);
        Assert.Equal((7, 3, 2), (after.Offered, after.Answered, after.AnsweredWithinThreshold));
        await using var check = await _database.ContextAsync();
        var ten = await check.QueueHours.SingleAsync(h => h.Queue == "hotline" && h.HourUtc == ReportDataset.Local(10, 0));
        Assert.Equal((3, 3), (ten.Joined, ten.Answered));
    }

    [Fact]
    public async Task A_threshold_changed_after_its_hours_were_folded_is_applied_to_them()
    {
        await FoldAllAsync();
        await using (var db = await _database.ContextAsync())
        {
            var hotline = await db.Queues.SingleAsync(q => q.Name == "hotline");
            hotline.ServiceLevelSeconds = 30;
            await db.SaveChangesAsync();
        }

        var report = await new QueueReport(_source).RunAsync(new ReportFilter(ReportDataset.Day, ReportDataset.Day));

        // T = 30: c2 answered after 30 s is now within (2 of 2), c4 abandoned after 25 s too (2 of 2).
        var hotlineRow = Assert.Single(report.Rows, r => r.Queue == "hotline");
        Assert.Equal((30, 2, 2, 1.0), (hotlineRow.ServiceLevelSeconds, hotlineRow.AnsweredWithinThreshold, hotlineRow.AbandonedWithinThreshold, hotlineRow.ServiceLevel1));
        var vip = Assert.Single(report.Rows, r => r.Queue == "vip");
        Assert.Equal((1, 0), (vip.AnsweredWithinThreshold, vip.AbandonedWithinThreshold));
    }

    [Fact]
    public async Task A_zone_with_a_half_hour_offset_reads_the_sources_and_gets_the_same_figures()
    {
        await FoldAllAsync();
        var kolkata = new ReportSource(_database.Factory, Options.Create(new EngineOptions { TimeZone = "Asia/Kolkata" }), _database.Time);
        var filter = new ReportFilter(ReportDataset.Day, ReportDataset.Day);
        Assert.False(RollupHours.Cover(kolkata.PeriodOf(filter)));
        Assert.True(RollupHours.Cover(_source.PeriodOf(filter)));

        // 10:00 Shanghai = 07:30 Kolkata: c1 and c2 joined in Kolkata's 07:00–08:00.
        var traffic = await new TrafficReport(kolkata).RunAsync(filter, ReportGranularity.Hour, TrafficKey.Queue);

        var seven = Assert.Single(traffic.Rows, r => r.Key == "hotline" && r.BucketStart.Hour == 7);
        Assert.Equal((2, 2), (seven.Inbound, seven.Answered));
    }

    [Fact]
    public async Task Agent_state_time_is_cut_at_hour_boundaries_and_a_state_still_open_counts_up_to_now()
    {
        await FoldAllAsync();
        await using (var db = await _database.ContextAsync())
        {
            // 10:00–11:00 local: 8001 on a call 10:00–10:10, wrapping up to 10:15, then ready.
            var ten = await db.AgentStateHours.SingleAsync(h => h.Agent == "8001" && h.HourUtc == ReportDataset.Local(10, 0));
            Assert.Equal((600.0, 300.0, 2700.0, 0.0), (ten.OnCallSeconds, ten.WrapUpSeconds, ten.ReadySeconds, ten.NotReadySeconds));
            // 8003 logs in at 16:00 on the 24th and is still ready; now is 10:00 on the 25th.
            db.AgentStatusChanges.Add(new AgentStatusChange { AgentNumber = "8003", At = ReportDataset.Local(16, 0), From = AgentStatus.LoggedOut, To = AgentStatus.Ready });
            await db.SaveChangesAsync();
        }
        await FoldAllAsync();

        var onThe24th = await new AgentReport(_source).RunAsync(new ReportFilter(ReportDataset.Day, ReportDataset.Day));
        var onThe25th = await new AgentReport(_source).RunAsync(new ReportFilter(ReportDataset.NextDay, ReportDataset.NextDay));

        // 16:00–24:00 on the 24th = 28,800 s; 00:00–10:00 (now) on the 25th = 36,000 s.
        Assert.Equal(28800.0, Assert.Single(onThe24th.Rows, r => r.Agent == "8003").ReadySeconds);
        Assert.Equal(36000.0, Assert.Single(onThe25th.Rows, r => r.Agent == "8003").ReadySeconds);
        await using var check = await _database.ContextAsync();
        var cursor = await check.AgentStateCursors.SingleAsync(c => c.Agent == "8003");
        Assert.Equal((AgentStatus.Ready, ReportDataset.Local(16, 0)), (cursor.State, DateTime.SpecifyKind(cursor.Since, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task Once_folded_the_reports_read_the_hourly_tables_not_the_sources()
    {
        await FoldAllAsync();
        var filter = new ReportFilter(ReportDataset.Day, ReportDataset.Day);
        var before = await FiguresAsync(filter);
        await using (var db = await _database.ContextAsync())
        {
            // The sources gone (and the marks kept): what the reports still show can only come from the hourly tables.
            await db.QueueEvents.ExecuteDeleteAsync();
            await db.CallTraces.ExecuteDeleteAsync();
            await db.AgentStatusChanges.ExecuteDeleteAsync();
            await db.CallRecords.ExecuteDeleteAsync();
        }

        var after = await FiguresAsync(filter);

        Assert.Equal(before, after);
        Assert.True(before.Offered > 0 && before.Calls > 0 && before.AgentCalls > 0 && before.IvrCalls > 0 && before.Hangups > 0 && before.ExtensionCalls > 0, before.ToString());
    }

    private async Task<(int Offered, int Calls, int AgentCalls, double LoggedIn, int IvrCalls, int Hangups, int ExtensionCalls)> FiguresAsync(ReportFilter filter)
    {
        var queue = await new QueueReport(_source).RunAsync(filter);
        var traffic = await new TrafficReport(_source).RunAsync(filter, ReportGranularity.Day, TrafficKey.Number);
        var agents = await new AgentReport(_source).RunAsync(filter);
        var ivr = await new IvrNavigationReport(_source).RunAsync(filter);
        var hangups = await new HangupSideReport(_source).RunAsync(filter);
        var extensions = await new ExtensionTrafficReport(_source).RunAsync(filter);
        return (queue.Totals.Offered, traffic.Totals.Inbound + traffic.Totals.Outbound, agents.Totals.Calls, agents.Totals.LoggedInSeconds,
            ivr.Totals.Entered, hangups.Totals.Calls, extensions.Totals.Outgoing + extensions.Totals.Incoming);
    }

    [Fact]
    public async Task An_answered_line_without_a_wait_is_answered_but_not_within_the_threshold()
    {
        await using (var db = await _database.ContextAsync())
        {
            db.QueueEvents.Add(new QueueEvent { At = ReportDataset.Local(14, 0), CallId = "nowait", Queue = "vip", Event = QueueEventType.Connect, Agent = "8001" });
            await db.SaveChangesAsync();
        }
        var filter = new ReportFilter(ReportDataset.Day, ReportDataset.Day) { Queue = "vip" };
        var fromLog = Assert.Single((await new QueueReport(_source).RunAsync(filter)).Rows);

        await FoldAllAsync();

        var fromHours = Assert.Single((await new QueueReport(_source).RunAsync(filter)).Rows);
        Assert.Equal((2, 1), (fromLog.Answered, fromLog.AnsweredWithinThreshold));
        Assert.Equal((fromLog.Answered, fromLog.AnsweredWithinThreshold, fromLog.AverageSpeedOfAnswerSeconds), (fromHours.Answered, fromHours.AnsweredWithinThreshold, fromHours.AverageSpeedOfAnswerSeconds));
    }
}
