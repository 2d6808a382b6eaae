using System.Collections.Concurrent;
using CallCenter.Engine.Runtime;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>Records saved runs and lets a test await one that matches, without sleeping.</summary>
internal sealed class RunWatcher : IRunListener
{
    private readonly ConcurrentQueue<RunResult> _runs = new();
    private readonly List<(Func<RunResult, bool> Match, TaskCompletionSource<RunResult> Done)> _waiters = [];

    public IReadOnlyCollection<RunResult> Runs => _runs;

    public ValueTask OnRunSavedAsync(RunResult result, CancellationToken ct)
    {
        _runs.Enqueue(result);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(result)).ToList())
            {
                waiter.Done.TrySetResult(result);
                _waiters.Remove(waiter);
            }
        }
        return ValueTask.CompletedTask;
    }

    public async Task<RunResult> WaitAsync(Func<RunResult, bool> match, TimeSpan timeout)
    {
        var done = new TaskCompletionSource<RunResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            var seen = _runs.FirstOrDefault(match);
            if (seen is not null) return seen;
            _waiters.Add((match, done));
        }
        return await done.Task.WaitAsync(timeout);
    }
}
