using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;

namespace CallCenter.Bench.Engine;

/// <summary>
/// Mode (c): the same logic on WorkflowCore 3.22.0 with its default in-memory persistence, queue and locks.
/// Same method as for our engine: warm-up batches, then N starts by P workers until all N reached the
/// wait, then N events published by P workers until all N completed. WorkflowCore's own worker count is
/// set to P too (its default on 2 cores). Each run gets a fresh host, since the in-memory provider's
/// look-ups scan everything it ever stored. A host is stopped with a time limit only (StopAsync can hang
/// after a burst); the process exits at the end in any case.
/// </summary>
public sealed class WorkflowCoreBenchmark(BenchOptions options)
{
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(5);
    private readonly WorkflowCoreProbe _probe = new();

    public async Task<PhaseTiming> RunAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflow(o => o.UseMaxConcurrentWorkflows(options.Parallelism));
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IWorkflowRegistry>().RegisterWorkflow(new WorkflowCoreFlow(_probe));
        var host = provider.GetRequiredService<IWorkflowHost>();
        await host.StartAsync(CancellationToken.None);
        try
        {
            var warmupClock = Stopwatch.StartNew();
            do
            {
                await RunBatchAsync(host, "warm", options.Warmup);
                Verify("warm", options.Warmup);
            }
            while (warmupClock.Elapsed < options.WarmupTime);
            EngineBenchmark.Settle();

            var (start, resume) = await RunBatchAsync(host, "order", options.Instances);
            Verify("order", options.Instances);
            return new PhaseTiming("(c) WorkflowCore 3.22.0, in memory", options.Instances, start, resume);
        }
        finally
        {
            var stop = host.StopAsync(CancellationToken.None);
            if (await Task.WhenAny(stop, Task.Delay(StopLimit)) != stop)
                Console.WriteLine($"    WorkflowCore host did not stop within {StopLimit.TotalSeconds:N0} s; left running");
        }
    }

    private async Task<(TimeSpan Start, TimeSpan Resume)> RunBatchAsync(IWorkflowHost host, string prefix, int count)
    {
        _probe.Reset(count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };

        var startClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, _) =>
        {
            var data = new WorkflowCoreData { N = i, OrderId = Expected.OrderId(prefix, i) };
            await host.StartWorkflow(WorkflowCoreFlow.WorkflowId, 1, data);
        });
        await WithinAsync(_probe.AllWaiting, () => $"{_probe.WaitingCount} of {count} WorkflowCore instances reached the wait");
        var startPhase = startClock.Elapsed;

        var resumeClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, _) =>
            await host.PublishEvent(WorkflowCoreFlow.EventName, Expected.OrderId(prefix, i), Expected.Payment(i)));
        await WithinAsync(_probe.AllCompleted, () => $"{_probe.CompletedCount} of {count} WorkflowCore instances completed");
        return (startPhase, resumeClock.Elapsed);
    }

    private async Task WithinAsync(Task task, Func<string> progress)
    {
        if (await Task.WhenAny(task, Task.Delay(options.PhaseTimeout)) != task)
            throw new TimeoutException($"after {options.PhaseTimeout.TotalSeconds:N0} s only {progress()}");
    }

    private void Verify(string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var expected = Expected.Receipt(prefix, i);
            if (_probe.ReceiptOf(i) != expected)
                throw new InvalidOperationException($"WorkflowCore instance {i} ended with receipt \"{_probe.ReceiptOf(i)}\", expected \"{expected}\"");
        }
    }
}
