using CallCenter.Activities.Calls;
using CallCenter.Domain.Calls;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Acd;

/// <summary>One call's stay in a queue as the Enqueue activity sees it; <see cref="Done"/> puts it on the call's trace and gives the outcome.</summary>
internal sealed class QueueWait(ActivityContext context, ICallSession call, string queue, TimeProvider time)
{
    private readonly DateTimeOffset _entered = time.GetUtcNow();
    private DateTimeOffset? _answered;

    /// <summary>An agent answered: the visit's answer time (talk time alone misses the gaps of a hold or a transfer).</summary>
    public void Answered() => _answered = time.GetUtcNow();

    public ActivityResult Done(string outcome, string? visitOutcome = null, string? agentId = null, string? agentLeg = null,
        TimeSpan? talk = null, string? endedBy = null, string? recording = null, IReadOnlyList<CallTransfer>? transfers = null)
    {
        var now = time.GetUtcNow();
        var entry = context.Services.GetRequiredService<QueuedCalls>().Find(call.Id);
        var answeredAt = _answered ?? (talk is { } t ? now - t : null);
        var waited = (answeredAt ?? now) - _entered;
        context.Services.GetRequiredService<CallSessions>().TraceOf(context)?.QueueVisit(new CallQueueVisit(
            context.ActivityId, queue, _entered, entry?.FirstOfferedAt, answeredAt, now, visitOutcome ?? outcome, agentId, agentLeg,
            Math.Round(waited.TotalSeconds, 3), talk is { } talked ? Math.Round(talked.TotalSeconds, 3) : null, endedBy, recording,
            transfers is { Count: > 0 } ? transfers : null));
        return ActivityResult.FromOutcome(outcome);
    }
}
