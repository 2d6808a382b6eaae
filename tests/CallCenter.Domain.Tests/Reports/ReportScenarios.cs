using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Rollups;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>
/// Report figures on <see cref="ReportDataset"/>, checked against expectations computed by hand in each test; run on
/// SQLite and PostgreSQL by the two subclasses.
/// </summary>
public abstract class ReportScenarios : IAsyncLifetime
{
    private DomainDatabase? _database;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    protected DomainDatabase Database => _database!;

    protected ReportSource Source { get; private set; } = null!;

    protected static ReportFilter OnThe24th => new(ReportDataset.Day, ReportDataset.Day);

    /// <summary>How much of the dataset is in the hourly report tables when the reports run: every figure must come out the same.</summary>
    protected virtual RollupCoverage Coverage => RollupCoverage.None;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await using (var db = await _database.ContextAsync()) await ReportDataset.InsertAsync(db);
        Source = new ReportSource(_database.Factory, Options.Create(new EngineOptions { TimeZone = "Asia/Shanghai" }), _database.Time);
        if (Coverage == RollupCoverage.None) return;
        var rollup = new HourlyRollup(_database.Factory, _database.Time, Options.Create(new HourlyRollupOptions { CommitLag = TimeSpan.Zero }), NullLogger<HourlyRollup>.Instance);
        // Two passes: on PostgreSQL the first only notes the highest id (see HourlyRollup).
        for (var pass = 0; pass < 2; pass++)
        {
            if (Coverage == RollupCoverage.All) await rollup.FoldAsync();
            else await rollup.FoldAsync(batchSize: 3, maxBatches: 1);
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    [Fact]
    public async Task Queue_report_counts_service_levels_against_each_queues_threshold()
    {
        var report = await new QueueReport(Source).RunAsync(OnThe24th);

        var hotline = Assert.Single(report.Rows, r => r.Queue == "hotline");
        // Offered: 5 joined (c1–c5) + 1 refused full (c6) = 6; overflowed: c5 (max wait) + c6 (full) = 2.
        Assert.Equal((6, 2, 2, 2), (hotline.Offered, hotline.Answered, hotline.Abandoned, hotline.Overflowed));
        Assert.Equal("政务热线", hotline.DisplayName);
        // T = 20: answered within c1 (5 s) but not c2 (30 s); abandoned within c3 (3 s) but not c4 (25 s).
        Assert.Equal((1, 1), (hotline.AnsweredWithinThreshold, hotline.AbandonedWithinThreshold));
        Assert.Equal(0.5, hotline.ServiceLevel1); // 1 ÷ 2
        Assert.Equal(0.5, hotline.ServiceLevel2); // (1 + 1) ÷ (2 + 2)
        Assert.Equal(17.5, hotline.AverageSpeedOfAnswerSeconds); // (5 + 30) ÷ 2
        Assert.Equal(130, hotline.LongestWaitSeconds); // c5 waited 130 s before overflowing

        var vip = Assert.Single(report.Rows, r => r.Queue == "vip");
        // T = 10: c7 answered in 8 s (within), c8 abandoned after 65 s (not within).
        Assert.Equal((2, 1, 1, 0), (vip.Offered, vip.Answered, vip.Abandoned, vip.Overflowed));
        Assert.Equal(1.0, vip.ServiceLevel1); // 1 ÷ 1
        Assert.Equal(0.5, vip.ServiceLevel2); // (1 + 0) ÷ (1 + 1)
        Assert.Equal(8, vip.AverageSpeedOfAnswerSeconds);

        // Totals judge each queue by its own T: within 1 + 1 answered, 1 + 0 abandoned.
        var t = report.Totals;
        Assert.Equal((8, 3, 3, 2), (t.Offered, t.Answered, t.Abandoned, t.Overflowed));
        Assert.Equal(2.0 / 3, t.ServiceLevel1!.Value, 10); // 2 ÷ 3
        Assert.Equal(0.5, t.ServiceLevel2); // (2 + 1) ÷ (3 + 3)
        Assert.Equal(43.0 / 3, t.AverageSpeedOfAnswerSeconds!.Value, 10); // (5 + 30 + 8) ÷ 3
        Assert.Equal(130, t.LongestWaitSeconds);
    }

    [Fact]
    public async Task A_queue_event_at_23_30_UTC_belongs_to_the_next_local_day_in_Shanghai()
    {
        var next = await new QueueReport(Source).RunAsync(new ReportFilter(ReportDataset.NextDay, ReportDataset.NextDay));

        // c9 joined at 23:30 UTC on the 24th = 07:30 on the 25th: the 25th's only call; the 24th's figures (above) leave it out.
        var hotline = Assert.Single(next.Rows);
        Assert.Equal(("hotline", 1, 1, 1), (hotline.Queue, hotline.Offered, hotline.Abandoned, hotline.AbandonedWithinThreshold));
    }

    [Fact]
    public async Task Traffic_by_number_and_day_splits_inbound_outbound_and_keeps_a_call_across_midnight_on_its_start_day()
    {
        var report = await new TrafficReport(Source).RunAsync(OnThe24th, ReportGranularity.Day, TrafficKey.Number);

        var service = Assert.Single(report.Rows, r => r.Key == "4008001234");
        // r1 (talk 120), r2 (never answered), r4 (23:58 → 00:04, talk 300, counted on the 24th when it started).
        Assert.Equal((3, 0, 2, 1, 420.0), (service.Inbound, service.Outbound, service.Answered, service.Abandoned, service.TalkSeconds));
        Assert.Equal("2026-11-24", service.Bucket);
        var extension = Assert.Single(report.Rows, r => r.Key == "1001");
        Assert.Equal((0, 1, 1, 60.0), (extension.Inbound, extension.Outbound, extension.Answered, extension.TalkSeconds)); // r3
        Assert.Contains(report.Rows, r => r.Key == "1002" && r.Inbound == 1 && r.TalkSeconds == 45); // r6
        Assert.DoesNotContain(report.Rows, r => r.Key == "4008005678"); // r5 is the 25th's (07:30 local)
        // Totals: inbound r1, r2, r4, r6, c2, c3, c4, c8 = 8; outbound r3 = 1; answered r1, r3, r4, r6, c2 = 5;
        // abandoned r2, c3, c4, c8 = 4; talk 120 + 300 + 60 + 45 + 200 = 725.
        Assert.Equal((8, 1, 5, 4, 725.0), (report.Totals.Inbound, report.Totals.Outbound, report.Totals.Answered, report.Totals.Abandoned, report.Totals.TalkSeconds));
    }

    [Fact]
    public async Task Traffic_by_hour_buckets_by_local_hour()
    {
        var report = await new TrafficReport(Source).RunAsync(OnThe24th with { Number = "4008001234" }, ReportGranularity.Hour, TrafficKey.Number);

        // r1 and r2 at 10:xx local (02:xx UTC), r4 at 23:58 local (15:58 UTC).
        Assert.Equal([("10:00–11:00", 2), ("23:00–00:00", 1)], report.Rows.Select(r => (r.Bucket, r.Inbound)).ToList());
    }

    [Fact]
    public async Task Traffic_by_queue_and_month_adds_the_queue_log()
    {
        var report = await new TrafficReport(Source).RunAsync(new ReportFilter(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), ReportGranularity.Month, TrafficKey.Queue);

        // hotline: joined c1–c5 on the 24th + c9 on the 25th = 6; answered c1, c2; abandoned c3, c4, c9; talk 100 + 200.
        var hotline = Assert.Single(report.Rows, r => r.Key == "hotline");
        Assert.Equal(("2026-11", 6, 2, 3, 300.0), (hotline.Bucket, hotline.Inbound, hotline.Answered, hotline.Abandoned, hotline.TalkSeconds));
        Assert.Equal(8, report.Totals.Inbound); // + vip c7, c8
    }
}
