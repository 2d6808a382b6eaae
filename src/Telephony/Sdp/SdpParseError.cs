namespace CallCenter.Telephony.Sdp;

/// <summary>Why an SDP body was refused, and on which line (1-based; 0 for the body as a whole).</summary>
public sealed record SdpParseError(int LineNumber, string Message)
{
    /// <summary>"line N: message", ready for a log or a Warning header.</summary>
    public override string ToString() =>
        LineNumber > 0 ? $"line {LineNumber}: {Message}" : Message;
}
