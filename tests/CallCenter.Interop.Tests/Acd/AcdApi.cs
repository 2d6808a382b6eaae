namespace CallCenter.Interop.Tests.Acd;

// The ACD's JSON as a client reads it (camelCase): declared here, not borrowed from the Portal, so a change of the API's
// shape breaks these tests. Calls and their queue visits are Ivr/CallsApi.cs (ApiCall, ApiQueueVisit).

/// <summary><c>GET /api/v1/acd/agents/{number}</c>: the agent's live state.</summary>
public sealed record ApiAcdAgent(string Agent, string Extension, string Status, string? Reason, DateTimeOffset Since, int ActiveCalls, int MissedInARow);

/// <summary><c>GET /api/v1/acd/queues/{name}</c>: the queue's live view (only what the tests read).</summary>
public sealed record ApiAcdQueue(string Queue, string Strategy, int Waiting);

/// <summary>One row of <c>GET /api/v1/queue-events</c> (event names upper case, e.g. <c>RINGNOANSWER</c>).</summary>
public sealed record ApiQueueEvent(long Id, DateTimeOffset At, string? CallId, string? Queue, string? Agent, string Event,
    int? Position, int? OriginalPosition, int? Priority, double? WaitSeconds, double? TalkSeconds, double? RingSeconds, string? Data);

/// <summary>One row of <c>GET /api/v1/agents/{number}/status-changes</c>.</summary>
public sealed record ApiStatusChange(long Id, string Agent, string From, string To, string? Reason, DateTimeOffset At);
