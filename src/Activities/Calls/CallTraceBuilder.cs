using CallCenter.Domain.Calls;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Models;

namespace CallCenter.Activities.Calls;

/// <summary>
/// Collects, while a call's flow runs, what the journal does not hold: the keys entered, the prompts and text
/// played, the recordings and tickets made. Kept in memory on the <see cref="CallBinding"/> (nothing written per
/// step); <see cref="Build"/> adds the path from the journal when the flow is over.
/// </summary>
public sealed class CallTraceBuilder
{
    private const string Mask = "****";
    private readonly Lock _lock = new();
    private readonly CallTraceDetails _details = new();
    private IReadOnlyList<CallStep> _livePath = [];

    /// <summary>Keys the caller entered in the running activity (nothing when none).</summary>
    public void Digits(ActivityContext context, string digits)
    {
        if (string.IsNullOrEmpty(digits)) return;
        lock (_lock) _details.Digits.Add(new CallDigits(context.ActivityId, digits, context.Now));
    }

    /// <summary>A library prompt and/or a spoken text (as rendered) about to be played.</summary>
    public void Prompt(ActivityContext context, string? name, string? text, string? voice)
    {
        var at = context.Now;
        lock (_lock)
        {
            if (!string.IsNullOrWhiteSpace(name)) _details.Prompts.Add(new CallPromptPlayed(context.ActivityId, name, null, null, at));
            if (!string.IsNullOrWhiteSpace(text)) _details.Prompts.Add(new CallPromptPlayed(context.ActivityId, null, text, string.IsNullOrWhiteSpace(voice) ? "cmn" : voice, at));
        }
    }

    public void Recording(ActivityContext context, string? path, double durationSeconds)
    {
        lock (_lock) _details.Recordings.Add(new CallRecordingMade(context.ActivityId, path, durationSeconds));
    }

    public void Ticket(ActivityContext context, string number, string category)
    {
        lock (_lock) _details.Tickets.Add(new CallTicket(context.ActivityId, number, category));
    }

    /// <summary>An SMS or e-mail the flow queued (its outbox id).</summary>
    public void Message(ActivityContext context, string channel, string recipient, long outboxId)
    {
        lock (_lock) _details.Messages.Add(new CallMessage(context.ActivityId, channel, recipient, outboxId));
    }

    /// <summary>A queue the call waited in, once it left it.</summary>
    public void QueueVisit(CallQueueVisit visit)
    {
        lock (_lock) _details.Queues.Add(visit);
    }

    /// <summary>A named result kept on the call (a later value replaces an earlier one).</summary>
    public void Attribute(string name, string value)
    {
        lock (_lock) _details.Attributes[name] = value;
    }

    /// <summary>Masks the keys entered that were a PIN (VerifyPin checks it): a call record must not hold secrets.</summary>
    public void MaskSecret(string secret)
    {
        if (string.IsNullOrEmpty(secret)) return;
        lock (_lock)
        {
            var digits = _details.Digits;
            for (var i = 0; i < digits.Count; i++)
                if (digits[i].Digits == secret) digits[i] = digits[i] with { Digits = Mask };
        }
    }

    /// <summary>The steps the call's flow has taken so far (e.g. when it queues the caller), for screen pops while the call lasts.</summary>
    public void PathSoFar(IReadOnlyList<JournalEntry> steps)
    {
        var path = new CallStep[steps.Count];
        for (var i = 0; i < path.Length; i++)
            path[i] = new CallStep(steps[i].ActivityId, steps[i].ActivityType, steps[i].Outcome, steps[i].StartedAt, steps[i].Error);
        lock (_lock) _livePath = path;
    }

    /// <summary>The prompts recorded so far from the <paramref name="start"/>-th on (a copy), with the words or library name each said.</summary>
    public IReadOnlyList<CallPromptPlayed> PromptsFrom(int start)
    {
        lock (_lock) return start >= _details.Prompts.Count ? [] : _details.Prompts.GetRange(start, _details.Prompts.Count - start);
    }

    /// <summary>
    /// What the live call has done so far — the path last given to <see cref="PathSoFar"/>, the keys entered and the
    /// attributes kept — as a copy a screen pop can read on another thread.
    /// </summary>
    public CallTraceDetails LiveSnapshot()
    {
        var details = new CallTraceDetails();
        lock (_lock)
        {
            details.Path.AddRange(_livePath);
            details.Digits.AddRange(_details.Digits);
            foreach (var (name, value) in _details.Attributes) details.Attributes[name] = value;
        }
        return details;
    }

    /// <summary>
    /// The trace to store: the flow, the path from the journals of the call's instance and of its sub-flows (in the
    /// order the steps started; a sub-flow's steps name it and
    /// come after the SubFlow step that ran them) and what was collected.
    /// </summary>
    /// <param name="journal">Entries of the call's instance and of its sub-flow instances.</param>
    /// <param name="subFlows">Sub-flow instance id → its flow's id (entries of other instances are the call's own flow).</param>
    public CallTrace Build(string callId, string instanceId, string flowName, int flowVersion, IReadOnlyList<JournalEntry> journal,
        IReadOnlyDictionary<string, string> subFlows, DateTimeOffset now)
    {
        var details = new CallTraceDetails();
        // A stable sort: steps of one instance keep their journal order when their times tie.
        foreach (var entry in journal.OrderBy(e => e.StartedAt))
            details.Path.Add(new CallStep(entry.ActivityId, entry.ActivityType, entry.Outcome, entry.StartedAt, entry.Error,
                entry.InstanceId == instanceId ? null : subFlows.GetValueOrDefault(entry.InstanceId)));
        lock (_lock)
        {
            details.Digits.AddRange(_details.Digits);
            details.Prompts.AddRange(_details.Prompts);
            details.Recordings.AddRange(_details.Recordings);
            details.Tickets.AddRange(_details.Tickets);
            details.Messages.AddRange(_details.Messages);
            details.Queues.AddRange(_details.Queues);
            foreach (var (name, value) in _details.Attributes) details.Attributes[name] = value;
        }
        return new CallTrace
        {
            CallId = callId,
            InstanceId = instanceId,
            FlowName = flowName,
            FlowVersion = flowVersion,
            RecordedAt = now.UtcDateTime,
            Details = details,
        };
    }
}
