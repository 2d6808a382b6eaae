namespace CallCenter.Domain.Acd;

/// <summary>Where a call in a queue is: matchable, held for its last agent, or ringing.</summary>
internal enum WaitingCallState
{
    Waiting,
    Reserved,
    Offered,
}
