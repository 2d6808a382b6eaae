namespace CallCenter.Telephony.Sip.Transport;

/// <summary>Transport settings (section <c>Telephony:Sip</c>).</summary>
public sealed class SipTransportOptions
{
    /// <summary>Largest message accepted, bytes. Default 65,535 (the largest UDP datagram); a stream message beyond it closes the connection.</summary>
    public int MaxMessageSize { get; set; } = 65_535;

    /// <summary>A TCP connection with no traffic for this long is closed. Default 15 minutes (longer than a typical registration interval).</summary>
    public TimeSpan TcpIdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an outgoing TCP connect may take. Default 5 s.</summary>
    public TimeSpan TcpConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
