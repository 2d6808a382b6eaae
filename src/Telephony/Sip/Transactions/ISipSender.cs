namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>Puts serialised messages on the wire (the transports). Must not block: queue and return.</summary>
public interface ISipSender
{
    void Send(ReadOnlyMemory<byte> message, SipPeer to);
}
