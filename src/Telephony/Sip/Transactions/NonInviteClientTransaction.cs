using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>RFC 3261 §17.1.2: Trying (Timer E doubling to T2, Timer F gives up) → Proceeding → Completed (Timer K) → Terminated.</summary>
public sealed class NonInviteClientTransaction : ClientTransaction
{
    internal NonInviteClientTransaction(TransactionKey key, SipRequest request, SipPeer peer, TransactionContext context, Action<Transaction> onTerminated)
        : base(key, request, peer, context, onTerminated) => State = TransactionState.Trying;

    internal override void Start()
    {
        lock (Gate)
        {
            Send(RequestBytes);
            if (!Peer.IsReliable)
            {
                var interval = Context.Timers.T1;
                StartRetransmit(interval, () =>
                {
                    Send(RequestBytes);
                    interval = State == TransactionState.Proceeding ? Context.Timers.T2 : Doubled(interval, Context.Timers.T2);
                    return interval;
                });
            }
            StartTimeout(Context.Timers.Timeout, () =>
            {
                Terminate();
                ReportTimeout();
            });
        }
    }

    internal override void OnResponse(SipResponse response)
    {
        lock (Gate)
        {
            if (State is not (TransactionState.Trying or TransactionState.Proceeding)) return;
            if (response.IsProvisional)
            {
                State = TransactionState.Proceeding;
                ReportProvisional(response);
                return;
            }
            State = TransactionState.Completed;
            StopRetransmit();
            ReportFinal(response);
            StartTimeout(Peer.IsReliable ? TimeSpan.Zero : Context.Timers.T4, Terminate);
        }
    }
}
