namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17 timer values (section <c>Telephony:Sip:Timers</c>).</summary>
public sealed class SipTimerOptions
{
    /// <summary>RTT estimate; first retransmission interval over UDP. Default 500 ms.</summary>
    public TimeSpan T1 { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest retransmission interval for non-INVITE requests and INVITE responses. Default 4 s.</summary>
    public TimeSpan T2 { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How long the network may still hold a message. Default 5 s.</summary>
    public TimeSpan T4 { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timers B, F, H and J: 64 × T1 (32 s by default).</summary>
    public TimeSpan Timeout => T1 * 64;
}
