using System.Net;
using CallCenter.Telephony.Sip.Transport;

namespace CallCenter.Telephony.Sip.Registrar;

/// <summary>
/// One registered contact of an address of record (RFC 3261 §10.3), with where the REGISTER really
/// came from (<see cref="Source"/>, <see cref="Protocol"/>) so calls reach phones behind NAT.
/// </summary>
public sealed record Binding(
    string AddressOfRecord,
    string Contact,
    DateTimeOffset ExpiresAt,
    string CallId,
    long CSeq,
    IPEndPoint Source,
    SipProtocol Protocol,
    double Q = 1.0,
    string? UserAgent = null)
{
    public TimeSpan RemainingAt(DateTimeOffset now) => ExpiresAt > now ? ExpiresAt - now : TimeSpan.Zero;
}
