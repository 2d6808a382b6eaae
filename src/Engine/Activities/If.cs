using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>Takes True or False by a condition.</summary>
[Activity("Flow", "If", "Branches on a condition.", CategoryZh = "流程", DisplayNameZh = "条件判断", DescriptionZh = "按条件走“是”或“否”分支。", Icon = "call_split")]
[Outcomes("True", "False")]
public sealed class If : Activity
{
    [Input(DisplayName = "Condition", DisplayNameZh = "条件", Required = true, Editor = InputEditor.Expression, Description = "e.g. balance < 10", DescriptionZh = "例如 balance < 10")]
    public Input<bool> Condition { get; set; } = new(false);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        new(ActivityResult.FromOutcome(Condition.Get(context) ? "True" : "False"));
}
