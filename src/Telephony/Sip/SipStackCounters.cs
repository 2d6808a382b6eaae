namespace CallCenter.Telephony.Sip;

/// <summary>What the stack refused: every bad input is counted, never thrown.</summary>
public sealed class SipStackCounters
{
    private long _rejected;
    private long _dropped;

    /// <summary>Unparseable requests answered with an error response (400, 505, 513…).</summary>
    public long Rejected => Interlocked.Read(ref _rejected);
    /// <summary>Input dropped without an answer (garbage, bad responses).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal void OnRejected() => Interlocked.Increment(ref _rejected);
    internal void OnDropped() => Interlocked.Increment(ref _dropped);
}
