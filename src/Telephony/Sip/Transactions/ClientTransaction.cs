using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>A request we sent: retransmitted over UDP until answered, completed by its final response or a timeout.</summary>
public abstract class ClientTransaction : Transaction
{
    private readonly TaskCompletionSource<ClientTransactionResult> _final = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private protected ClientTransaction(TransactionKey key, SipRequest request, SipPeer peer, TransactionContext context, Action<Transaction> onTerminated)
        : base(key, peer, context, onTerminated)
    {
        Request = request;
        RequestBytes = Bytes(request);
    }

    public SipRequest Request { get; }
    private protected byte[] RequestBytes { get; }

    /// <summary>Completes with the first final response (or the timeout).</summary>
    public Task<ClientTransactionResult> Completion => _final.Task;

    /// <summary>Each provisional (1xx) response, in order.</summary>
    public event Action<SipResponse>? Provisional;

    internal abstract void Start();
    internal abstract void OnResponse(SipResponse response);

    private protected void ReportProvisional(SipResponse response) => Provisional?.Invoke(response);
    private protected void ReportFinal(SipResponse response) => _final.TrySetResult(new ClientTransactionResult(ClientTransactionOutcome.Responded, response));
    private protected void ReportTimeout() => _final.TrySetResult(new ClientTransactionResult(ClientTransactionOutcome.TimedOut, null));
}
