namespace CallCenter.Domain.Acd;

/// <summary>
/// Something the ACD did. Events are numbered in the order decided (<see cref="Sequence"/>, from 1) and delivered to
/// observers in that order, outside the ACD's lock.
/// </summary>
/// <param name="Sequence">Position in the ACD's event stream.</param>
/// <param name="At">When it happened (the ACD's TimeProvider).</param>
public abstract record AcdEvent(long Sequence, DateTimeOffset At);
