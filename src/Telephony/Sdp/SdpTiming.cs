namespace CallCenter.Telephony.Sdp;

/// <summary>A t= line with its r= repeat lines (RFC 8866 §5.9–5.10); "t=0 0" for an unbounded session.</summary>
public sealed class SdpTiming
{
    /// <summary>Start time (NTP seconds); 0 for unbounded.</summary>
    public ulong Start { get; set; }

    /// <summary>Stop time (NTP seconds); 0 for unbounded.</summary>
    public ulong Stop { get; set; }

    /// <summary>The r= lines that follow this t= line, verbatim.</summary>
    public List<string> Repeats { get; } = [];
}
