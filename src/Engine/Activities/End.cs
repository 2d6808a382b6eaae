using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>Finishes the whole flow, dropping any other waiting branch.</summary>
[Activity("Flow", "End", "Finishes the flow, including any branch still waiting.", CategoryZh = "流程", DisplayNameZh = "结束", DescriptionZh = "结束流程（包括仍在等待的其他分支）。", Icon = "stop")]
[Outcomes]
public sealed class End : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.Finish);
}
