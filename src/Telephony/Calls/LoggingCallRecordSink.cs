using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Calls;

/// <summary>The default sink when the application stores none: one log line per call.</summary>
public sealed class LoggingCallRecordSink(ILogger<LoggingCallRecordSink> logger) : ICallRecordSink
{
    public ValueTask WriteAsync(CallRecord record, CancellationToken ct = default)
    {
        logger.LogInformation("Call record {CallId}: {From} → {To}, answered {Answered}, ended by {Side} ({Cause})",
            record.CallId, record.From, record.To, record.AnsweredAt is not null, record.HangupBy, record.Cause);
        return ValueTask.CompletedTask;
    }
}
