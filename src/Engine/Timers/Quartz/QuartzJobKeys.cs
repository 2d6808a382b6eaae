using Quartz;

namespace CallCenter.Engine.Timers.Quartz;

/// <summary>The job and trigger names the engine uses in Quartz.</summary>
internal static class QuartzJobKeys
{
    public const string BookmarkGroup = "wf-bookmark";
    public const string CronGroup = "wf-cron";
    public const string BookmarkIdKey = "bookmarkId";
    public const string DefinitionIdKey = "definitionId";
    public const string CronKey = "cron";

    public static JobKey Bookmark(string bookmarkId) => new(bookmarkId, BookmarkGroup);
    public static JobKey Cron(string definitionId) => new(definitionId, CronGroup);
}
