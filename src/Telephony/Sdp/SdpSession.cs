using System.Net;

namespace CallCenter.Telephony.Sdp;

/// <summary>
/// Our side of the SDP exchange for one call leg: the o= identity and version (RFC 3264 §8: same session id,
/// version incremented only when the description changes), our RTP address, what we last sent and received.
/// Not thread-safe: a call leg drives its offer/answer exchanges one at a time.
/// </summary>
public sealed class SdpSession
{
    private string? _lastBody;

    /// <summary>Creates the state for one call leg.</summary>
    /// <param name="address">Our RTP address as written in c= and o= (IPv4 or IPv6 literal).</param>
    /// <param name="rtpPort">Our RTP port.</param>
    /// <param name="sessionId">The o= session id; a random number when null.</param>
    /// <param name="initialVersion">The o= version of our first description.</param>
    /// <param name="username">The o= username; "-" by default.</param>
    public SdpSession(string address, int rtpPort, string? sessionId = null, ulong initialVersion = 1, string username = "-")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rtpPort);
        Address = address;
        RtpPort = rtpPort;
        SessionId = sessionId ?? SdpNumbers.Text(Random.Shared.Next(1, int.MaxValue));
        Version = initialVersion;
        Username = username;
    }

    /// <summary>Creates the state from an RTP endpoint.</summary>
    public SdpSession(IPEndPoint rtpEndPoint)
        : this(rtpEndPoint?.Address.ToString() ?? throw new ArgumentNullException(nameof(rtpEndPoint)), rtpEndPoint.Port)
    {
    }

    /// <summary>Our RTP address; may change between exchanges (the next description then gets a new version).</summary>
    public string Address { get; set; }

    /// <summary>Our RTP port.</summary>
    public int RtpPort { get; set; }

    /// <summary>The o= session id, constant for the leg.</summary>
    public string SessionId { get; }

    /// <summary>The o= version of the last description we produced (or of the first, before any).</summary>
    public ulong Version { get; private set; }

    /// <summary>The o= username.</summary>
    public string Username { get; }

    /// <summary>What we are willing to do: sendrecv normally, sendonly while we hold the call (RFC 3264 §8.4).</summary>
    public SdpDirection LocalDirection { get; set; } = SdpDirection.SendRecv;

    /// <summary>The last description we produced (offer or answer).</summary>
    public SdpSessionDescription? LocalDescription { get; private set; }

    /// <summary>The last description the remote side sent that we accepted.</summary>
    public SdpSessionDescription? RemoteDescription { get; internal set; }

    /// <summary>Our offer awaiting an answer, or null.</summary>
    public SdpSessionDescription? PendingOffer { get; internal set; }

    /// <summary>The audio stream as last agreed, or null before the first exchange completes.</summary>
    public SdpMediaAgreement? Agreement { get; internal set; }

    /// <summary>
    /// Sets the o= line of a description we are about to send and records it: the version goes up by one
    /// only when the body differs from the last one we sent.
    /// </summary>
    internal void Stamp(SdpSessionDescription description)
    {
        description.Origin = Origin();
        var body = description.ToString();
        if (_lastBody is not null && body != _lastBody)
        {
            Version++;
            description.Origin = Origin();
            body = description.ToString();
        }

        _lastBody = body;
        LocalDescription = description;
    }

    private SdpOrigin Origin() =>
        new(Username, SessionId, Version, "IN", Address.Contains(':') ? "IP6" : "IP4", Address);
}
