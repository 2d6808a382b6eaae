using CallCenter.Domain.Calls;
using CallCenter.Domain.Messaging;

namespace CallCenter.Portal.Api;

/// <summary>
/// One call as the API returns it (camelCase JSON; keep it stable, later issues add fields): the call record and,
/// when a flow served the call, the flow, path (sub-flow steps name their flow), digits, prompts, recordings, tickets,
/// messages sent (with their delivery state) and the attributes the flow kept (empty otherwise), and the agents' wrap-ups.
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
    IReadOnlyList<CallTicket> Tickets,
    IReadOnlyList<CallMessageView> Messages,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<CallQueueVisit> Queues,
    string Disposition,
    IReadOnlyList<CallWrapUpView> WrapUps)
{
    /// <param name="outbox">The outbox rows of the trace's messages, by id (missing rows show as state Unknown).</param>
    /// <param name="wrapUps">The agents' wrap-ups of this call (any order; shown oldest first).</param>
    public static CallView From(CallDetailRecord record, CallTrace? trace, IReadOnlyDictionary<long, OutboxMessage>? outbox = null,
        IEnumerable<CallWrapUp>? wrapUps = null)
    {
        var details = trace?.Details ?? new CallTraceDetails();
        var messages = details.Messages.Select(m => CallMessageView.From(m, outbox?.GetValueOrDefault(m.OutboxId))).ToList();
        return new CallView(record.Id, record.CallId, Number(record.From), Number(record.To), record.From, record.To,
            Utc(record.StartedAt), record.AnsweredAt is { } answered ? Utc(answered) : null, Utc(record.EndedAt),
            record.HangupBy, record.Cause, record.StatusCode,
            trace is null ? null : new CallFlowView(trace.FlowName, trace.FlowVersion, trace.InstanceId),
            details.Path, details.Digits, details.Prompts, details.Recordings, details.Tickets, messages, details.Attributes,
            details.Queues, DispositionOf(record, trace),
            (wrapUps ?? []).OrderBy(w => w.CreatedAt).Select(CallWrapUpView.From).ToList());
    }

    /// <summary>
    /// How the call ended up: <c>answered</c> (an agent took it in a queue), else by its last queue <c>abandoned</c>,
    /// <c>overflow</c> or <c>no_agents</c>; <c>ivr_only</c> when a flow served it without a queue; <c>failed</c> when it was
    /// never answered (refused, busy, not in service before answer); <c>completed</c> for other answered calls (extension calls).
    /// </summary>
    public static string DispositionOf(CallDetailRecord record, CallTrace? trace)
    {
        var queues = trace?.Details.Queues ?? [];
        if (queues.Any(q => q.Outcome == "Connected")) return "answered";
        if (queues.Count > 0)
            return queues[^1].Outcome switch
            {
                "Abandoned" => "abandoned",
                "NoAgents" => "no_agents",
                _ => "overflow",
            };
        if (record.AnsweredAt is null) return "failed";
        return trace is null ? "completed" : "ivr_only";
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
