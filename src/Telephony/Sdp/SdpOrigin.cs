namespace CallCenter.Telephony.Sdp;

/// <summary>The o= line (RFC 8866 §5.2): who created the session, its id and version.</summary>
public sealed record SdpOrigin(
    string Username,
    string SessionId,
    ulong SessionVersion,
    string NetworkType,
    string AddressType,
    string Address)
{
    /// <summary>The value as written after "o=".</summary>
    public override string ToString() =>
        $"{Username} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}";
}
