using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Expressions;
using Cronos;

namespace CallCenter.Engine.Activities;

/// <summary>
/// A cron schedule in the center's time zone. As the start of a published flow it starts an
/// instance at every occurrence; inside a flow it waits for the next occurrence.
/// </summary>
[Activity("Timers", "Timer", "Cron schedule: starts the flow at each occurrence, or waits for the next one.", CategoryZh = "定时", DisplayNameZh = "定时器", DescriptionZh = "Cron 计划：按计划启动流程，或在流程中等待下一次。", Icon = "schedule")]
public sealed class Timer : Activity, ITriggerActivity
{
    public const string BookmarkType = "Timer";
    public const string TriggerType = "Cron";

    [Input(DisplayName = "Cron", DisplayNameZh = "Cron 表达式", Required = true, Editor = InputEditor.Cron, SupportsExpressions = false,
        Description = "Five fields (minute hour day month weekday) or six with seconds first, e.g. '0 9 * * 1-5'.", DescriptionZh = "五段（分 时 日 月 周）或以秒开头的六段，例如 '0 9 * * 1-5'。")]
    public Input<string> Cron { get; set; } = new("");

    public IEnumerable<TriggerKey> GetTriggerKeys() => [new TriggerKey(TriggerType, Cron.Literal)];

    private CronExpression? _cron;

    public override IEnumerable<(string Property, string Message)> Compile(ExpressionEngine expressions)
    {
        // An empty cron is reported once, by the compiler's required-input check.
        if (string.IsNullOrWhiteSpace(Cron.Literal)) return [];
        var error = TryParse(Cron.Literal, out var cron);
        _cron = cron;
        return error is null ? [] : [("cron", error)];
    }

    /// <summary>Parses five- or six-field cron; returns an error text or null.</summary>
    public static string? TryParse(string text, out CronExpression? expression)
    {
        expression = null;
        if (string.IsNullOrWhiteSpace(text)) return "is required";
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        try
        {
            expression = CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return null;
        }
        catch (CronFormatException ex)
        {
            return $"'{text}' is not a valid cron expression: {ex.Message}";
        }
    }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.IsTriggerStart) return new(ActivityResult.Done);
        var next = _cron!.GetNextOccurrence(context.Now, context.TimeZone);
        return next is null
            ? new(ActivityResult.Done)
            : new(ActivityResult.Suspend(new BookmarkRequest(BookmarkType, ResumeAt: next.Value)));
    }
}
