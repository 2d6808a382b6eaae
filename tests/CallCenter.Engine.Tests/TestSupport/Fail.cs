using CallCenter.Engine.Abstractions;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>A test activity that always throws, to exercise incidents and the Error outcome.</summary>
[Activity("Test", "Fail", "Always throws.")]
public sealed class Fail : Activity
{
    [Input]
    public Input<string> Message { get; set; } = new("boom");

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        throw new InvalidOperationException(Message.Get(context));
}
