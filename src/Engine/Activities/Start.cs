using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Activities;

/// <summary>Where a flow begins when it is started directly.</summary>
[Activity("Flow", "Start", "Where the flow begins.", CategoryZh = "流程", DisplayNameZh = "开始", DescriptionZh = "流程从这里开始。", Icon = "play_arrow")]
public sealed class Start : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => new(ActivityResult.Done);
}
