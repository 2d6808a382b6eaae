namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>How a client transaction ended for the TU.</summary>
public enum ClientTransactionOutcome
{
    /// <summary>A final response arrived (see the result's response).</summary>
    Responded,
    /// <summary>Timer B or F fired: no final response (treat as 408 Request Timeout).</summary>
    TimedOut,
}
