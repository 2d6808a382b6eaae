using CallCenter.Domain.Calls;

namespace CallCenter.Portal.Api;

/// <summary>
/// One call as the API returns it (camelCase JSON; keep it stable, later issues add fields): the call record and,
/// when a flow served the call, the flow, path, digits, prompts, recordings and tickets (empty lists otherwise).
/// </summary>
public sealed record CallView(
    long Id,
    string CallId,
    string Caller,
    string Called,
    string FromUri,
    string ToUri,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset EndedAt,
    string HangupBy,
    string Cause,
    int? StatusCode,
    CallFlowView? Flow,
    IReadOnlyList<CallStep> Path,
    IReadOnlyList<CallDigits> Digits,
    IReadOnlyList<CallPromptPlayed> Prompts,
    IReadOnlyList<CallRecordingMade> Recordings,
    IReadOnlyList<CallTicket> Tickets)
{
    public static CallView From(CallDetailRecord record, CallTrace? trace)
    {
        var details = trace?.Details ?? new CallTraceDetails();
        return new CallView(record.Id, record.CallId, Number(record.From), Number(record.To), record.From, record.To,
            Utc(record.StartedAt), record.AnsweredAt is { } answered ? Utc(answered) : null, Utc(record.EndedAt),
            record.HangupBy, record.Cause, record.StatusCode,
            trace is null ? null : new CallFlowView(trace.FlowName, trace.FlowVersion, trace.InstanceId),
            details.Path, details.Digits, details.Prompts, details.Recordings, details.Tickets);
    }

    /// <summary>The user part of a SIP URI (<c>sip:13800138000@host;user=phone</c> → <c>13800138000</c>); other text as it is.</summary>
    public static string Number(string uri)
    {
        var text = uri.Trim().Trim('<', '>');
        foreach (var scheme in (string[])["sips:", "sip:", "tel:"])
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) { text = text[scheme.Length..]; break; }
        var end = text.IndexOfAny(['@', ';', '>']);
        return end >= 0 ? text[..end] : text;
    }

    // Providers hand back UTC values without a kind (SQLite text, SQL Server datetime2).
    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
