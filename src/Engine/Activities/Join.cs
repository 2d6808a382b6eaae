using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>Merges parallel branches: on each arrival (WaitAny) or once all have arrived (WaitAll).</summary>
[Activity("Flow", "Join", "Merges parallel branches.", CategoryZh = "流程", DisplayNameZh = "汇合", DescriptionZh = "合并并行分支。", Icon = "merge")]
public sealed class Join : Activity
{
    [Input(DisplayName = "Mode", DisplayNameZh = "方式", SupportsExpressions = false)]
    public Input<JoinMode> Mode { get; set; } = new(JoinMode.WaitAll);

    internal bool IsWaitAll => Mode.Literal == JoinMode.WaitAll;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.Done);
}
