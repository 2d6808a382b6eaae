namespace CallCenter.Domain.Acd;

/// <summary>The answer to <see cref="IAcd.Enqueue"/>: the outcome, and for a queued call its position and estimated wait.</summary>
/// <param name="Outcome">Queued, or why not.</param>
/// <param name="Position">1 = next to be served; 0 when not queued.</param>
/// <param name="EstimatedWait">See <see cref="CallPosition.EstimatedWait"/>; null when not queued or unknown.</param>
public sealed record EnqueueResult(EnqueueOutcome Outcome, int Position, TimeSpan? EstimatedWait)
{
    /// <summary>Whether the call is now in the queue.</summary>
    public bool IsQueued => Outcome == EnqueueOutcome.Queued;
}
