namespace CallCenter.Telephony.Sip.Transport;

/// <summary>Receives every message a transport reads. Called on the transport's receive loop: must not block.</summary>
public interface IInboundPacketHandler
{
    void OnPacket(in InboundPacket packet);
}
