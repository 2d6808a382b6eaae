namespace CallCenter.Telephony.Sdp;

/// <summary>A b= line (RFC 8866 §5.8), e.g. "AS:64" or "TIAS:64000".</summary>
public sealed record SdpBandwidth(string Type, long Value)
{
    /// <summary>The value as written after "b=".</summary>
    public override string ToString() =>
        Type + ":" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
