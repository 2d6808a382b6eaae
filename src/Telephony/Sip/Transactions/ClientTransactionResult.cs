using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>The final response of a client transaction, or the timeout that stands for one.</summary>
public sealed record ClientTransactionResult(ClientTransactionOutcome Outcome, SipResponse? Response)
{
    /// <summary>The status code the TU should act on: the response's, or 408 for a timeout.</summary>
    public int StatusCode => Response?.StatusCode ?? 408;
}
