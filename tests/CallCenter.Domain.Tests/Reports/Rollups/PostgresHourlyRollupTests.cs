using CallCenter.Domain.Acd;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Rollups;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Tests.Reports.Rollups;

[Collection(PostgresCollection.Name)]
public sealed class PostgresHourlyRollupTests(PostgresServer server) : HourlyRollupScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);

    [Fact]
    public async Task A_line_still_being_committed_when_a_later_one_is_seen_is_folded_once_it_commits()
    {
        await using var database = await DomainDatabase.PostgresAsync(server);
        await using (var db = await database.ContextAsync()) await ReportDataset.InsertAsync(db);
        var lag = TimeSpan.FromSeconds(30);
        var rollup = new HourlyRollup(database.Factory, database.Time, Options.Create(new HourlyRollupOptions { CommitLag = lag }), NullLogger<HourlyRollup>.Instance);
        await rollup.FoldAsync();
        database.Time.Advance(lag);
        await rollup.FoldAsync(); // the dataset is folded
        QueueEvent Joined(string call) => new() { At = ReportDataset.Local(15, 0), CallId = call, Queue = "hotline", Event = QueueEventType.EnterQueue };

        // Writer A takes an id and has not committed; writer B takes the next id and commits.
        await using var slow = await database.ContextAsync();
        await using var open = await slow.Database.BeginTransactionAsync();
        slow.QueueEvents.Add(Joined("slow"));
        await slow.SaveChangesAsync();
        await using (var fast = await database.ContextAsync())
        {
            fast.QueueEvents.Add(Joined("fast"));
            await fast.SaveChangesAsync();
        }
        // Passes in quick succession (two Portals) see B's id but fold nothing before it is CommitLag old.
        await rollup.FoldAsync();
        await rollup.FoldAsync();
        await open.CommitAsync();
        database.Time.Advance(lag);
        await rollup.FoldAsync();

        await using var check = await database.ContextAsync();
        var joined = await check.QueueHours.Where(h => h.Queue == "hotline").SumAsync(h => h.Joined);
        Assert.Equal(await check.QueueEvents.CountAsync(e => e.Queue == "hotline" && e.Event == QueueEventType.EnterQueue), joined);
        var source = new ReportSource(database.Factory, Options.Create(new EngineOptions { TimeZone = "Asia/Shanghai" }), database.Time);
        var hotline = Assert.Single((await new QueueReport(source).RunAsync(new ReportFilter(ReportDataset.Day, ReportDataset.Day) { Queue = "hotline" })).Rows);
        Assert.Equal(8, hotline.Offered); // 6 of the dataset + slow + fast
    }
}
