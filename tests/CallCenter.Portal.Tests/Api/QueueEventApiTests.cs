using System.Net;
using System.Text.Json;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.QueueEvents;

namespace CallCenter.Portal.Tests.Api;

/// <summary>
/// The queue log and the agent status log on the real portal, over rows in its SQLite file (as the ACD's writer leaves
/// them): newest first, filters, since, limit, upper-case event names, and 400/404 problems.
/// </summary>
public sealed class QueueEventApiTests : IClassFixture<AcdPortal>, IAsyncLifetime
{
    private static readonly DateTime Start = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);
    private readonly AcdPortal _acd;

    public QueueEventApiTests(AcdPortal acd) => _acd = acd;

    private HttpClient Http => _acd.Http;

    public async Task InitializeAsync()
    {
        await using var db = _acd.Db();
        if (db.QueueEvents.Any()) return; // the fixture's portal is shared by this class's tests
        db.QueueEvents.AddRange(
            new QueueEvent { At = Start, CallId = "c1", Queue = "hotline", Event = QueueEventType.EnterQueue, Position = 1, Priority = 0 },
            new QueueEvent { At = Start.AddSeconds(5), CallId = "c1", Queue = "hotline", Agent = "8001", Event = QueueEventType.RingNoAnswer, RingSeconds = 15 },
            new QueueEvent { At = Start.AddSeconds(20), CallId = "c1", Queue = "hotline", Agent = "8002", Event = QueueEventType.Connect, WaitSeconds = 20, RingSeconds = 3.5 },
            new QueueEvent { At = Start.AddSeconds(30), CallId = "c2", Queue = "card-service", Event = QueueEventType.EnterQueue, Position = 1 },
            new QueueEvent { At = Start.AddSeconds(90), CallId = "c2", Queue = "card-service", Event = QueueEventType.Abandon, Position = 1, OriginalPosition = 1, WaitSeconds = 60 },
            new QueueEvent { At = Start.AddSeconds(200), CallId = "c1", Queue = "hotline", Agent = "8002", Event = QueueEventType.CompleteCaller, WaitSeconds = 20, TalkSeconds = 180 });
        db.AgentStatusChanges.AddRange(
            new AgentStatusChange { AgentNumber = "8001", From = AgentStatus.LoggedOut, To = AgentStatus.Ready, At = Start.AddMinutes(-10) },
            new AgentStatusChange { AgentNumber = "8001", From = AgentStatus.Ready, To = AgentStatus.Ringing, At = Start },
            new AgentStatusChange { AgentNumber = "8001", From = AgentStatus.Ringing, To = AgentStatus.NotReady, Reason = "no answer", At = Start.AddSeconds(15) },
            new AgentStatusChange { AgentNumber = "8002", From = AgentStatus.Ready, To = AgentStatus.OnCall, At = Start.AddSeconds(20) });
        await db.SaveChangesAsync();
    }

    private async Task<List<JsonElement>> ListAsync(string path) => (await _acd.GetJsonAsync(path)).EnumerateArray().ToList();

    private static IEnumerable<string> Events(List<JsonElement> rows) =>
        rows.Select(r => $"{r.GetProperty("callId").GetString()}:{r.GetProperty("event").GetString()}");

    [Fact]
    public async Task Queue_events_are_listed_newest_first_filtered_and_limited()
    {
        var all = await ListAsync("/api/v1/queue-events");
        Assert.Equal(["c1:COMPLETECALLER", "c2:ABANDON", "c2:ENTERQUEUE", "c1:CONNECT", "c1:RINGNOANSWER", "c1:ENTERQUEUE"], Events(all));
        var abandon = all[1];
        Assert.Equal(("2026-11-25T02:01:30+00:00", "card-service", JsonValueKind.Null), (abandon.GetProperty("at").GetString(), abandon.GetProperty("queue").GetString(), abandon.GetProperty("agent").ValueKind));
        Assert.Equal((1, 1, 60.0, JsonValueKind.Null), (abandon.GetProperty("position").GetInt32(), abandon.GetProperty("originalPosition").GetInt32(),
            abandon.GetProperty("waitSeconds").GetDouble(), abandon.GetProperty("talkSeconds").ValueKind));

        Assert.Equal(["c1:COMPLETECALLER", "c1:CONNECT", "c1:RINGNOANSWER", "c1:ENTERQUEUE"], Events(await ListAsync("/api/v1/queue-events?queue=hotline")));
        Assert.Equal(["c2:ABANDON", "c2:ENTERQUEUE"], Events(await ListAsync("/api/v1/queue-events?callId=c2")));
        Assert.Equal(["c1:COMPLETECALLER", "c1:CONNECT"], Events(await ListAsync("/api/v1/queue-events?agent=8002")));
        Assert.Equal(["c2:ENTERQUEUE", "c1:ENTERQUEUE"], Events(await ListAsync("/api/v1/queue-events?event=ENTERQUEUE")));
        Assert.Equal(["c1:COMPLETECALLER", "c2:ABANDON", "c2:ENTERQUEUE"], Events(await ListAsync("/api/v1/queue-events?since=2026-11-25T02:00:30Z")));
        Assert.Equal(["c1:COMPLETECALLER", "c2:ABANDON"], Events(await ListAsync("/api/v1/queue-events?since=2026-11-25T10:01:00%2B08:00")));
        Assert.Equal(["c1:COMPLETECALLER", "c2:ABANDON"], Events(await ListAsync("/api/v1/queue-events?limit=2")));
        Assert.Equal(6, (await ListAsync("/api/v1/queue-events?limit=5000")).Count); // capped at 1000, not refused
    }

    [Fact]
    public async Task A_bad_queue_event_query_is_a_400_problem_naming_each_parameter()
    {
        var errors = await ProblemAssert.ValidationErrorsAsync(await Http.GetAsync("/api/v1/queue-events?limit=0&since=yesterday&event=coffee"));
        Assert.Equal(["event", "limit", "since"], errors.Keys.Order());
        Assert.StartsWith("since must be an ISO 8601 time", Assert.Single(errors["since"]));
        Assert.StartsWith("Unknown event 'coffee'; use one of ENTERQUEUE, OFFER, RINGNOANSWER", Assert.Single(errors["event"]));
    }

    [Fact]
    public async Task An_agents_status_changes_are_listed_newest_first()
    {
        var changes = await ListAsync("/api/v1/agents/8001/status-changes");
        Assert.Equal(["Ringing>NotReady", "Ready>Ringing", "LoggedOut>Ready"], changes.Select(c => $"{c.GetProperty("from").GetString()}>{c.GetProperty("to").GetString()}"));
        Assert.Equal(("no answer", "2026-11-25T02:00:15+00:00", "8001"), (changes[0].GetProperty("reason").GetString(), changes[0].GetProperty("at").GetString(), changes[0].GetProperty("agent").GetString()));
        Assert.Equal(2, (await ListAsync("/api/v1/agents/8001/status-changes?since=2026-11-25T02:00:00Z")).Count);
        Assert.Single(await ListAsync("/api/v1/agents/8001/status-changes?limit=1"));
        Assert.Empty(await ListAsync("/api/v1/agents/8003/status-changes"));

        await ProblemAssert.IsProblemAsync(await Http.GetAsync("/api/v1/agents/9999/status-changes"), HttpStatusCode.NotFound);
        var errors = await ProblemAssert.ValidationErrorsAsync(await Http.GetAsync("/api/v1/agents/8001/status-changes?limit=abc"));
        Assert.StartsWith("limit must be a whole number from 1 to 1000", Assert.Single(errors["limit"]));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
