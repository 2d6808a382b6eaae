using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>Waits until a moment (e.g. a callback time the caller chose).</summary>
[Activity("Timers", "Start at", "Waits until the given date and time.", CategoryZh = "定时", DisplayNameZh = "定点等待", DescriptionZh = "等待到指定的日期时间。", Icon = "event")]
public sealed class StartAt : Activity
{
    public const string BookmarkType = "StartAt";

    [Input(DisplayName = "At", DisplayNameZh = "时间", Required = true, Description = "An ISO 8601 date and time, or an expression giving one.", DescriptionZh = "ISO 8601 日期时间，或得出它的表达式。")]
    public Input<DateTimeOffset> At { get; set; } = new(default);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var at = At.Get(context);
        if (at <= context.Now) return new(ActivityResult.Done);
        return new(ActivityResult.Suspend(new BookmarkRequest(BookmarkType, ResumeAt: at)));
    }
}
