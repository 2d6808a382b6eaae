using System.Collections.Concurrent;
using CallCenter.Engine.Runtime;

namespace CallCenter.Activities.Calls.Inbound;

/// <summary>Tells the inbound handler when a call's instance ends, whichever run ends it (a resume after a Delay, a cancellation).</summary>
public sealed class CallFlowWatcher : IRunListener
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RunResult>> _watched = new(StringComparer.Ordinal);

    /// <summary>Completes with the run that ended instance <paramref name="instanceId"/>; call <see cref="Forget"/> when done.</summary>
    public Task<RunResult> WatchAsync(string instanceId) =>
        _watched.GetOrAdd(instanceId, _ => new TaskCompletionSource<RunResult>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(string instanceId) => _watched.TryRemove(instanceId, out _);

    public ValueTask OnRunSavedAsync(RunResult result, CancellationToken ct)
    {
        if (result.Instance is { IsEnded: true } instance && _watched.TryGetValue(instance.Id, out var ended)) ended.TrySetResult(result);
        return ValueTask.CompletedTask;
    }
}
