namespace CallCenter.Domain.Acd;

/// <summary>A queue as the wallboard shows it; the counters cover today (the ACD's time zone).</summary>
/// <param name="Waiting">Callers in the queue, ringing ones included.</param>
/// <param name="LongestWait">Wait of the caller waiting longest (zero when none).</param>
/// <param name="AgentsByStatus">The queue's agents per status (every status present, LoggedOut included).</param>
/// <param name="Entered">Calls that joined today.</param>
/// <param name="Answered">Calls connected today.</param>
/// <param name="AnsweredWithinServiceLevel">Of those, answered within <see cref="QueueSettings.ServiceLevelThreshold"/>.</param>
/// <param name="Abandoned">Callers who hung up while waiting today.</param>
/// <param name="ServiceLevel">AnsweredWithinServiceLevel ÷ (Answered + Abandoned), 0–1; null before any such call.</param>
/// <param name="AverageHandleTime">Moving average of talk + wrap-up, null before the first completed call.</param>
public sealed record QueueSnapshot(
    string Queue, QueueStrategy Strategy, int Waiting, TimeSpan LongestWait, IReadOnlyDictionary<AgentStatus, int> AgentsByStatus,
    int Entered, int Answered, int AnsweredWithinServiceLevel, int Abandoned, double? ServiceLevel, TimeSpan? AverageHandleTime);
