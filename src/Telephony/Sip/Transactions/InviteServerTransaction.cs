using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>
/// RFC 3261 §17.2.1 with RFC 6026: answers 100 Trying at once; a 2xx moves to Accepted (the TU
/// retransmits it until the ACK, which is end-to-end); a failure moves to Completed, retransmitted
/// on Timer G until the ACK (Confirmed, Timer I) or Timer H gives up.
/// </summary>
public sealed class InviteServerTransaction : ServerTransaction
{
    internal InviteServerTransaction(TransactionKey key, SipRequest request, SipPeer peer, TransactionContext context, Action<Transaction> onTerminated)
        : base(key, request, peer, context, onTerminated)
    {
        State = TransactionState.Proceeding;
    }

    /// <summary>Answers 100 Trying at once, so the caller stops retransmitting while the flow decides.</summary>
    internal override void Start()
    {
        lock (Gate)
        {
            if (LastResponse is null) SendResponse(SipResponseFactory.Create(Request, 100));
        }
    }

    /// <summary>Raised when Timer H fires: the peer never acknowledged our failure response.</summary>
    public event Action<InviteServerTransaction>? AckTimedOut;

    public override void Respond(SipResponse response)
    {
        lock (Gate)
        {
            if (State == TransactionState.Accepted && response.StatusCode is >= 200 and < 300)
            {
                SendResponse(response);
                return;
            }
            if (State != TransactionState.Proceeding) return;
            SendResponse(response);
            if (response.IsProvisional) return;
            if (response.StatusCode < 300)
            {
                State = TransactionState.Accepted;
                StartTimeout(Context.Timers.Timeout, Terminate);
                return;
            }
            State = TransactionState.Completed;
            if (!Peer.IsReliable)
            {
                var interval = Context.Timers.T1;
                StartRetransmit(interval, () =>
                {
                    Resend();
                    interval = Doubled(interval, Context.Timers.T2);
                    return interval;
                });
            }
            StartTimeout(Context.Timers.Timeout, () =>
            {
                Terminate();
                AckTimedOut?.Invoke(this);
            });
        }
    }

    internal override void OnRetransmission()
    {
        lock (Gate)
        {
            if (State is TransactionState.Proceeding or TransactionState.Completed) Resend();
        }
    }

    /// <summary>An ACK matched this transaction; false when it is the TU's (an ACK for a 2xx).</summary>
    internal bool OnAck()
    {
        lock (Gate)
        {
            if (State == TransactionState.Completed)
            {
                State = TransactionState.Confirmed;
                StopRetransmit();
                StartTimeout(Peer.IsReliable ? TimeSpan.Zero : Context.Timers.T4, Terminate);
                return true;
            }
            return State == TransactionState.Confirmed;
        }
    }
}
