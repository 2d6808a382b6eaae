namespace CallCenter.Activities.Calls;

/// <summary>The variables a call flow starts with; <see cref="CallId"/> is how call activities find their live call.</summary>
public static class CallVariables
{
    /// <summary>The call's id (its SIP Call-ID), the key into <see cref="CallSessions"/>.</summary>
    public const string CallId = "call_id";

    /// <summary>The calling party's number.</summary>
    public const string Caller = "caller";

    /// <summary>The number dialled.</summary>
    public const string Called = "called";

    /// <summary>When the call reached the flow (ISO 8601, UTC).</summary>
    public const string StartedAt = "call_started_at";

    /// <summary>The variables a flow started for <paramref name="call"/> begins with (its id, the numbers, when it started).</summary>
    public static Dictionary<string, object?> Of(CallCenter.Telephony.Sessions.ICallSession call, DateTimeOffset startedAt) => new(StringComparer.Ordinal)
    {
        [CallId] = call.Id,
        [Caller] = call.Caller,
        [Called] = call.Called,
        [StartedAt] = startedAt.ToString("O"),
    };
}
