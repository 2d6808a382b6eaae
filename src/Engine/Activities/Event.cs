using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>
/// A named domain event (e.g. <c>TicketClosed</c>). As the start of a published flow it starts an
/// instance when the event is raised; inside a flow it waits for the event, optionally for one
/// correlation value (e.g. the ticket id), and stores the event's payload.
/// </summary>
[Activity("Events", "Event", "Starts the flow on a named event, or waits for it.", CategoryZh = "事件", DisplayNameZh = "事件", DescriptionZh = "收到指定事件时启动流程，或在流程中等待该事件。", Icon = "bolt")]
public sealed class Event : Activity, ITriggerActivity
{
    public const string BookmarkType = "Event";

    [Input(DisplayName = "Event name", DisplayNameZh = "事件名", Required = true, SupportsExpressions = false)]
    public Input<string> EventName { get; set; } = new("");

    [Input(DisplayName = "Correlation", DisplayNameZh = "关联值", Description = "Wait only for the event carrying this value, e.g. {{ ticket_id }}.", DescriptionZh = "只等待带此值的事件，例如 {{ ticket_id }}。")]
    public Input<string> Correlation { get; set; } = new("");

    [Output(DisplayName = "Payload", DisplayNameZh = "事件数据")]
    public Output<object?> Payload { get; set; } = new();

    public IEnumerable<TriggerKey> GetTriggerKeys() => [new TriggerKey(BookmarkType, EventName.Literal)];

    /// <summary>The stimulus key an event with this name and correlation resumes.</summary>
    public static string Key(string eventName, string? correlation) =>
        string.IsNullOrEmpty(correlation) ? eventName : $"{eventName}:{correlation}";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.IsTriggerStart) return ResumeAsync(context);
        var key = Key(EventName.Literal, Correlation.Get(context));
        return new(ActivityResult.Suspend(new BookmarkRequest(BookmarkType, key)));
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        Payload.Set(context, context.ResumeInput);
        return new(ActivityResult.Done);
    }
}
