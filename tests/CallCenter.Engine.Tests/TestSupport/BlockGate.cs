namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>Lets a test see that a <see cref="Block"/> activity is running and decide when it may finish.</summary>
public sealed class BlockGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
