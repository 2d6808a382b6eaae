using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>A request received, waiting for (and then guarding) the TU's responses.</summary>
public abstract class ServerTransaction : Transaction
{
    private protected ServerTransaction(TransactionKey key, SipRequest request, SipPeer peer, TransactionContext context, Action<Transaction> onTerminated)
        : base(key, peer, context, onTerminated) => Request = request;

    public SipRequest Request { get; }
    /// <summary>The last response sent, if any.</summary>
    public SipResponse? LastResponse { get; private protected set; }
    private protected byte[]? LastResponseBytes { get; set; }

    /// <summary>Sends a response from the TU; ignored once the transaction has a final response (except INVITE 2xx retransmissions).</summary>
    public abstract void Respond(SipResponse response);

    /// <summary>Called once the layer has registered the transaction.</summary>
    internal virtual void Start() { }

    /// <summary>The same request arrived again (the peer did not hear us).</summary>
    internal abstract void OnRetransmission();

    private protected void SendResponse(SipResponse response)
    {
        LastResponse = response;
        LastResponseBytes = Bytes(response);
        Send(LastResponseBytes);
    }

    private protected void Resend()
    {
        if (LastResponseBytes is not null) Send(LastResponseBytes);
    }
}
