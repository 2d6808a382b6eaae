using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>A test activity that records that it ran (and the value of its input) in the <see cref="ProbeLog"/>.</summary>
[Activity("Test", "Probe", "Records that it ran.")]
public sealed class Probe : Activity
{
    [Input]
    public Input<string> Name { get; set; } = new("probe");

    [Input]
    public Input<object?> Value { get; set; } = new(null);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.Services.GetRequiredService<ProbeLog>().Record(new ProbeLog.ProbeHit(Name.Get(context), context.InstanceId, Value.Get(context)));
        return new(ActivityResult.Done);
    }
}
