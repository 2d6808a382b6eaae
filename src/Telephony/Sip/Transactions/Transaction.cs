using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>
/// What every transaction machine shares: its key and peer, one lock for messages and timers,
/// serialised retransmission copies, and timers on the <see cref="TimeProvider"/> (tests drive
/// them with a fake clock).
/// </summary>
public abstract class Transaction
{
    private readonly Action<Transaction> _onTerminated;
    private ITimer? _retransmitTimer;
    private ITimer? _timeoutTimer;

    private protected Transaction(TransactionKey key, SipPeer peer, TransactionContext context, Action<Transaction> onTerminated)
    {
        Key = key;
        Peer = peer;
        Context = context;
        _onTerminated = onTerminated;
    }

    public TransactionKey Key { get; }
    public SipPeer Peer { get; }
    public TransactionState State { get; private protected set; }
    private protected TransactionContext Context { get; }
    private protected Lock Gate { get; } = new();

    private protected void Send(byte[] bytes) => Context.Sender.Send(bytes, Peer);

    private protected static byte[] Bytes(SipMessage message) => SipMessageWriter.ToBytes(message);

    /// <summary>Starts (or restarts) the retransmission timer; <paramref name="onFire"/> returns the next interval, or null to stop.</summary>
    private protected void StartRetransmit(TimeSpan first, Func<TimeSpan?> onFire)
    {
        _retransmitTimer?.Dispose();
        ITimer? timer = null;
        timer = Context.Time.CreateTimer(_ =>
        {
            TimeSpan? next;
            lock (Gate)
            {
                if (!ReferenceEquals(_retransmitTimer, timer) || State == TransactionState.Terminated) return;
                next = onFire();
            }
            if (next is { } interval) timer!.Change(interval, Timeout.InfiniteTimeSpan);
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _retransmitTimer = timer;
        timer.Change(first, Timeout.InfiniteTimeSpan);
    }

    private protected void StopRetransmit()
    {
        _retransmitTimer?.Dispose();
        _retransmitTimer = null;
    }

    /// <summary>Starts the state's one-shot timer (B, D, F, H, I, J, K, L or M); a zero delay fires at once.</summary>
    private protected void StartTimeout(TimeSpan delay, Action onFire)
    {
        _timeoutTimer?.Dispose();
        if (delay <= TimeSpan.Zero)
        {
            _timeoutTimer = null;
            onFire();
            return;
        }
        ITimer? timer = null;
        timer = Context.Time.CreateTimer(_ =>
        {
            lock (Gate)
            {
                if (!ReferenceEquals(_timeoutTimer, timer) || State == TransactionState.Terminated) return;
                onFire();
            }
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timeoutTimer = timer;
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Ends the machine: timers stop and the layer forgets it.</summary>
    private protected void Terminate()
    {
        if (State == TransactionState.Terminated) return;
        State = TransactionState.Terminated;
        StopRetransmit();
        _timeoutTimer?.Dispose();
        _timeoutTimer = null;
        _onTerminated(this);
    }

    private protected TimeSpan Doubled(TimeSpan interval, TimeSpan cap) => interval * 2 < cap ? interval * 2 : cap;
}
