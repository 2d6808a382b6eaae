namespace CallCenter.Telephony.Sip.Transport;

/// <summary>The transports a SIP message can travel over.</summary>
public enum SipProtocol
{
    Udp,
    Tcp,
}
