using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>Waits for a duration; the wait survives restarts (a persistent timer resumes it).</summary>
[Activity("Timers", "Delay", "Waits for a duration, even across restarts.", CategoryZh = "定时", DisplayNameZh = "延时", DescriptionZh = "等待一段时间（重启后依然有效）。", Icon = "hourglass_empty")]
public sealed class Delay : Activity
{
    public const string BookmarkType = "Delay";

    [Input(DisplayName = "Duration", DisplayNameZh = "时长", Required = true, Description = "Seconds, or hh:mm:ss.", DescriptionZh = "秒数，或 时:分:秒。")]
    public Input<TimeSpan> Duration { get; set; } = new(TimeSpan.Zero);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var duration = Duration.Get(context);
        if (duration <= TimeSpan.Zero) return new(ActivityResult.Done);
        return new(ActivityResult.Suspend(new BookmarkRequest(BookmarkType, ResumeAt: context.Now + duration)));
    }
}
