using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Integration;

internal static partial class HttpRequestLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "HTTP request of activity {ActivityId} failed: {Error}")]
    public static partial void LogHttpRequestFailed(this ILogger logger, string activityId, string error);
}
