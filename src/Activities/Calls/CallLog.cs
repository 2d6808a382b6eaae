using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Calls;

/// <summary>Structured log lines of the call activities.</summary>
internal static partial class CallLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId} transferred to {Destination}")]
    public static partial void LogTransfer(this ILogger logger, string callId, string destination);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId}: transfer to {Destination} not answered ({Outcome}: {Reason})")]
    public static partial void LogTransferNotAnswered(this ILogger logger, string callId, string destination, CallCenter.Telephony.Sessions.OriginateOutcome outcome, string reason);
}
