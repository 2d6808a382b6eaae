using CallCenter.Engine.Runtime;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CallCenter.Engine.Timers.Quartz;

/// <summary>Fires a timer bookmark. Resuming is idempotent: if the bookmark is gone, nothing runs.</summary>
public sealed class ResumeBookmarkJob(IWorkflowRuntime runtime, ILogger<ResumeBookmarkJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var bookmarkId = context.MergedJobDataMap.GetString(QuartzJobKeys.BookmarkIdKey)!;
        var result = await runtime.ResumeAsync(bookmarkId, null, cancellationToken).ConfigureAwait(false);
        logger.LogDebug("Timer for bookmark {BookmarkId}: {Outcome}", bookmarkId, result.Outcome);
    }
}
