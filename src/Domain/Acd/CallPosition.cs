namespace CallCenter.Domain.Acd;

/// <summary>Where a waiting call stands, for position and wait announcements.</summary>
/// <param name="CallId">The call.</param>
/// <param name="Queue">Its queue.</param>
/// <param name="Position">1 = next to be served (calls ahead: higher priority, or same priority and earlier arrival, ringing ones included).</param>
/// <param name="Waited">Time since the call joined the queue.</param>
/// <param name="EstimatedWait">
/// ⌈position ÷ staffed agents⌉ × average handle time, where staffed agents are the queue's agents logged in and not
/// NotReady, and the average handle time (talk + wrap-up) is a moving average over the queue's recent calls (each new call
/// weighs 1/4, as Asterisk's holdtime). Null until the queue has completed a call or while no agent is staffed.
/// </param>
public sealed record CallPosition(string CallId, string Queue, int Position, TimeSpan Waited, TimeSpan? EstimatedWait);
