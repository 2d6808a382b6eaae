namespace CallCenter.Telephony.Rtp;

/// <summary>RTP settings (section <c>Telephony:Rtp</c>).</summary>
public sealed class RtpOptions
{
    /// <summary>Lowest RTP port (even). Default 20,000.</summary>
    public int PortMin { get; set; } = 20_000;

    /// <summary>Highest RTP port. Default 29,999 (5,000 concurrent calls' pairs).</summary>
    public int PortMax { get; set; } = 29_999;
}
