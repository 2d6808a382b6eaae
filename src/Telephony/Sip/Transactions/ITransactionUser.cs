using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>The layer above transactions (the UAS/UAC cores): new requests, and what belongs to no transaction.</summary>
public interface ITransactionUser
{
    /// <summary>A new request (not a retransmission) with its server transaction; respond through it.</summary>
    void OnRequest(ServerTransaction transaction);

    /// <summary>An ACK for a 2xx (end-to-end, no transaction of its own).</summary>
    void OnAck(SipRequest ack, SipPeer from);

    /// <summary>A response matching no client transaction, e.g. a 2xx retransmitted after ours ended: re-ACK it.</summary>
    void OnStrayResponse(SipResponse response, SipPeer from);
}
