using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>
/// RFC 3261 §17.1.1 with RFC 6026: Calling (Timer A doubling, Timer B gives up) → Proceeding;
/// a 2xx moves to Accepted (Timer M), where further 2xx go to the TU to be acknowledged; a failure
/// moves to Completed, acknowledged here with an ACK of the same branch (re-sent for every
/// retransmitted failure) until Timer D.
/// </summary>
public sealed class InviteClientTransaction : ClientTransaction
{
    private byte[]? _ackBytes;

    internal InviteClientTransaction(TransactionKey key, SipRequest request, SipPeer peer, TransactionContext context, Action<Transaction> onTerminated)
        : base(key, request, peer, context, onTerminated) => State = TransactionState.Calling;

    /// <summary>A 2xx after the first (a retransmission, or another fork's): the TU must ACK it too.</summary>
    public event Action<SipResponse>? AdditionalSuccess;

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
                    interval *= 2;
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
            switch (State)
            {
                case TransactionState.Calling or TransactionState.Proceeding when response.IsProvisional:
                    State = TransactionState.Proceeding;
                    StopRetransmit();
                    ReportProvisional(response);
                    break;
                case TransactionState.Calling or TransactionState.Proceeding when response.StatusCode < 300:
                    State = TransactionState.Accepted;
                    StopRetransmit();
                    StartTimeout(Context.Timers.Timeout, Terminate);
                    ReportFinal(response);
                    break;
                case TransactionState.Calling or TransactionState.Proceeding:
                    State = TransactionState.Completed;
                    StopRetransmit();
                    _ackBytes = Bytes(AckFor(response));
                    Send(_ackBytes);
                    ReportFinal(response);
                    StartTimeout(Peer.IsReliable ? TimeSpan.Zero : TimeSpan.FromSeconds(32), Terminate);
                    break;
                case TransactionState.Accepted when response.StatusCode is >= 200 and < 300:
                    AdditionalSuccess?.Invoke(response);
                    break;
                case TransactionState.Completed when response.StatusCode >= 300 && _ackBytes is not null:
                    Send(_ackBytes);
                    break;
            }
        }
    }

    /// <summary>RFC 3261 §17.1.1.3: the ACK for a failure response, inside this transaction.</summary>
    private SipRequest AckFor(SipResponse response)
    {
        var ack = new SipRequest(SipMethods.Ack, Request.RequestUri);
        ack.Headers.Add(SipHeaderNames.Via, Request.Headers.Get(SipHeaderNames.Via)!);
        ack.Headers.Add(SipHeaderNames.From, Request.Headers.Get(SipHeaderNames.From)!);
        ack.Headers.Add(SipHeaderNames.To, response.Headers.Get(SipHeaderNames.To)!);
        ack.Headers.Add(SipHeaderNames.CallId, Request.CallId!);
        ack.Headers.Add(SipHeaderNames.CSeq, $"{Request.CSeq!.Number} {SipMethods.Ack}");
        foreach (var route in Request.Headers.GetAll(SipHeaderNames.Route)) ack.Headers.Add(SipHeaderNames.Route, route);
        ack.Headers.Add(SipHeaderNames.MaxForwards, "70");
        return ack;
    }
}
