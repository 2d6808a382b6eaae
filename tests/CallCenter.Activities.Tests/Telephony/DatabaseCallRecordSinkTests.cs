using CallCenter.Activities.Telephony;
using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Engine.Extensions;
using CallCenter.Telephony.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Activities.Tests.Telephony;

/// <summary>Call records queued by the voice server end up in call_records, all of them, even when the server stops right after.</summary>
public sealed class DatabaseCallRecordSinkTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-cdr-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().AddWorkflowEngine()
            .AddCallCenterDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "cc.db")}" })
            .BuildServiceProvider();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    [Fact]
    public async Task A_burst_of_records_is_stored_completely_and_disposing_flushes_what_is_queued()
    {
        var factory = _services.GetRequiredService<IDbContextFactory<CallCenterDbContext>>();
        var start = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8));
        var sink = new DatabaseCallRecordSink(factory, NullLogger<DatabaseCallRecordSink>.Instance);
        for (var i = 0; i < 1_200; i++)
            await sink.WriteAsync(new CallRecord($"c{i}", "sip:1001@cc", "sip:*43@cc", start, i % 2 == 0 ? start.AddSeconds(1) : null,
                start.AddSeconds(30), i % 3 == 0 ? HangupSide.Caller : HangupSide.Server, "test", i % 2 == 0 ? 200 : 404));

        await sink.DisposeAsync();

        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(1_200, await db.CallRecords.CountAsync());
        var first = await db.CallRecords.SingleAsync(r => r.CallId == "c0");
        Assert.Equal((new DateTime(2026, 11, 25, 1, 0, 0), "Caller", 200), (first.StartedAt, first.HangupBy, first.StatusCode));
        Assert.Null((await db.CallRecords.SingleAsync(r => r.CallId == "c1")).AnsweredAt);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
