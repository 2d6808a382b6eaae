namespace CallCenter.Domain.Acd;

/// <summary>
/// One line of the queue event log (the queue_events table), in the spirit of Asterisk's queue_log. <see cref="Data"/>
/// holds the type's fields in order, as invariant text (seconds as whole numbers):
/// EnterQueue [position, priority]; Offer [ring timeout s]; RingNoAnswer [ring ms, "timeout"|"rejected"];
/// Connect [wait s]; CompleteAgent / CompleteCaller [wait s, talk s]; Abandon [position, original position, wait s];
/// ExitWithTimeout [position, original position, wait s]; ExitEmpty [position, original position, wait s];
/// JoinFull [max waiting]; Transfer [target, wait s, talk s]; AgentLogin / AgentLogoff [extension] ; Pause [reason]; Unpause [].
/// </summary>
public sealed record QueueLogEntry(long Sequence, DateTimeOffset At, QueueEventType Type, string? CallId, string? Queue, string? AgentId, IReadOnlyList<string> Data)
    : AcdEvent(Sequence, At);
