using CallCenter.Domain.Calls;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.Calls;

/// <summary>Call traces on each provider: the JSON details (Chinese text, offsets, nulls) come back as stored, found by call id as the call API looks them up.</summary>
public abstract class CallTraceScenarios : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync();

    [Fact]
    public async Task A_trace_is_stored_and_read_back_whole_by_call_id()
    {
        await using (var db = await _db.ContextAsync())
        {
            db.CallTraces.AddRange(Trace("a@10.0.0.1", "您的工单号是T20261125-0001"), Trace("b@10.0.0.1", "欢迎"));
            await db.SaveChangesAsync();
        }

        await using var read = await _db.ContextAsync();
        var ids = new List<string> { "a@10.0.0.1", "missing" };
        var trace = Assert.Single(await read.CallTraces.AsNoTracking().Where(t => ids.Contains(t.CallId)).ToListAsync());
        Assert.Equal(("hotline-12345", 2, "0199abc"), (trace.FlowName, trace.FlowVersion, trace.InstanceId));
        Assert.Equal(At.UtcDateTime, DateTime.SpecifyKind(trace.RecordedAt, DateTimeKind.Utc));
        var d = trace.Details;
        Assert.Equal([new CallStep("start", "Start", "Done", At), new CallStep("menu", "Menu", "Cancelled", At.AddSeconds(3), null)], d.Path);
        Assert.Equal(At, d.Path[0].At);
        Assert.Equal([new CallDigits("card", "****", At)], d.Digits);
        Assert.Equal([new CallPromptPlayed("welcome", "welcome-12345", null, null, At), new CallPromptPlayed("told", null, "您的工单号是T20261125-0001", "cmn", At)], d.Prompts);
        Assert.Equal([new CallRecordingMade("rec", "data/recordings/20261125/x.wav", 4.5)], d.Recordings);
        Assert.Equal([new CallTicket("ticket", "T20261125-0001", "complaint")], d.Tickets);
    }

    private static CallTrace Trace(string callId, string text) => new()
    {
        CallId = callId, InstanceId = "0199abc", FlowName = "hotline-12345", FlowVersion = 2, RecordedAt = At.UtcDateTime,
        Details = new CallTraceDetails
        {
            Path = [new("start", "Start", "Done", At), new("menu", "Menu", "Cancelled", At.AddSeconds(3))],
            Digits = [new("card", "****", At)],
            Prompts = [new("welcome", "welcome-12345", null, null, At), new("told", null, text, "cmn", At)],
            Recordings = [new("rec", "data/recordings/20261125/x.wav", 4.5)],
            Tickets = [new("ticket", "T20261125-0001", "complaint")],
        },
    };

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
