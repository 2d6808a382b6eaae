using CallCenter.Domain.Reports.Rollups;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Domain.Tests.Reports.Rollups;

[Collection(PostgresCollection.Name)]
public sealed class PostgresHourlyRollupTests(PostgresServer server) : HourlyRollupScenarios
{
    protected override Task<DomainDatabase> CreateDatabaseAsync() => DomainDatabase.PostgresAsync(server);

    [Fact]
    public async Task A_first_pass_only_notes_the_highest_id_so_that_writers_still_committing_are_not_skipped()
    {
        await using var database = await DomainDatabase.PostgresAsync(server);
        await using (var db = await database.ContextAsync()) await ReportDataset.InsertAsync(db);
        var rollup = new HourlyRollup(database.Factory, database.Time, NullLogger<HourlyRollup>.Instance);

        var first = await rollup.FoldAsync();
        await using (var db = await database.ContextAsync()) Assert.Equal(0, await db.QueueHours.CountAsync());
        var second = await rollup.FoldAsync();

        Assert.All(first.Values, moved => Assert.Equal(0, moved));
        Assert.All(second.Values, moved => Assert.True(moved > 0));
        await using var check = await database.ContextAsync();
        var marks = await check.RollupMarks.ToListAsync();
        Assert.All(marks, m => Assert.Equal(m.SeenId, m.FoldedId));
    }
}
