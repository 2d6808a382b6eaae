namespace CallCenter.Interop.Tests.Ivr;

// GET /api/v1/calls as a client reads it (camelCase JSON): declared here, not borrowed from the Portal, so a change
// of the API's shape breaks these tests.

public sealed record ApiCall(
    long Id, string CallId, string Caller, string Called, DateTimeOffset StartedAt, DateTimeOffset? AnsweredAt, DateTimeOffset EndedAt,
    string HangupBy, string Cause, int? StatusCode, ApiFlow? Flow,
    List<ApiStep> Path, List<ApiDigits> Digits, List<ApiPrompt> Prompts, List<ApiRecording> Recordings, List<ApiTicket> Tickets,
    List<ApiMessage> Messages, Dictionary<string, string> Attributes, List<ApiQueueVisit> Queues, string Disposition)
{
    /// <summary>The path as "activityId:outcome", a sub-flow's steps as "flow/activityId:outcome" (what the assertions compare).</summary>
    public IEnumerable<string> Steps => Path.Select(s => s.Flow is null ? $"{s.ActivityId}:{s.Outcome}" : $"{s.Flow}/{s.ActivityId}:{s.Outcome}");

    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this,
        new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
}

public sealed record ApiFlow(string Name, int Version, string InstanceId);

public sealed record ApiStep(string ActivityId, string Type, string? Outcome, DateTimeOffset At, string? Error, string? Flow);

public sealed record ApiDigits(string ActivityId, string Digits, DateTimeOffset At);

public sealed record ApiPrompt(string ActivityId, string? Name, string? Text, string? Voice, DateTimeOffset At);

public sealed record ApiRecording(string ActivityId, string? Path, double DurationSeconds);

public sealed record ApiTicket(string ActivityId, string Number, string Category);

public sealed record ApiMessage(string ActivityId, string Channel, string To, long OutboxId, string State, DateTimeOffset? SentAt, string? Subject, string? Text);

public sealed record ApiQueueVisit(string ActivityId, string Queue, DateTimeOffset EnteredAt, DateTimeOffset? OfferedAt, DateTimeOffset? AnsweredAt,
    DateTimeOffset LeftAt, string Outcome, string? AgentId, string? AgentLegId, double WaitSeconds, double? TalkSeconds, string? EndedBy, string? RecordingPath,
    List<ApiTransfer>? Transfers);

public sealed record ApiTransfer(string? From, string To, DateTimeOffset At);
