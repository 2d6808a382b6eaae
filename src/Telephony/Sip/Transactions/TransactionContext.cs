using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>What the transaction machines need from their layer.</summary>
public sealed record TransactionContext(ISipSender Sender, TimeProvider Time, SipTimerOptions Timers, ILogger Logger);
