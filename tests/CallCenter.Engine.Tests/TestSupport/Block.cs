using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>A test activity that stays running until the <see cref="BlockGate"/> is released or the run is cancelled.</summary>
[Activity("Test", "Block", "Runs until released.")]
public sealed class Block : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var gate = context.Services.GetRequiredService<BlockGate>();
        gate.Entered.TrySetResult();
        await gate.Release.Task.WaitAsync(context.CancellationToken);
        return ActivityResult.Done;
    }
}
