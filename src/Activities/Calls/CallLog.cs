using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Calls;

/// <summary>Structured log lines of the call activities.</summary>
internal static partial class CallLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Call {CallId} transferred to {Destination}")]
    public static partial void LogTransfer(this ILogger logger, string callId, string destination);
}
