using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.2.2: Trying → Proceeding → Completed (Timer J absorbs retransmissions) → Terminated.</summary>
public sealed class NonInviteServerTransaction : ServerTransaction
{
    internal NonInviteServerTransaction(TransactionKey key, SipRequest request, SipPeer peer, TransactionContext context, Action<Transaction> onTerminated)
        : base(key, request, peer, context, onTerminated) => State = TransactionState.Trying;

    public override void Respond(SipResponse response)
    {
        lock (Gate)
        {
            if (State is not (TransactionState.Trying or TransactionState.Proceeding)) return;
            SendResponse(response);
            if (response.IsProvisional)
            {
                State = TransactionState.Proceeding;
                return;
            }
            State = TransactionState.Completed;
            StartTimeout(Peer.IsReliable ? TimeSpan.Zero : Context.Timers.Timeout, Terminate);
        }
    }

    internal override void OnRetransmission()
    {
        lock (Gate)
        {
            if (State is TransactionState.Proceeding or TransactionState.Completed) Resend();
        }
    }
}
