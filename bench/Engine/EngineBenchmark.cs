using System.Diagnostics;
using CallCenter.Engine.Activities;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Bench.Engine;

/// <summary>
/// Runs the flow of <c>flow.json</c> on our engine: warm-up batches, then N instances started by P workers
/// (each runs to its Event bookmark), then the N bookmarks resumed by P workers as keyed events, each resume timed.
/// </summary>
public sealed class EngineBenchmark(BenchOptions options, string flowJson)
{
    public async Task<PhaseTiming> RunAsync(EngineBackend backend)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowEngine();
        backend.Configure(services);
        await using var provider = services.BuildServiceProvider();
        await backend.InitializeAsync(provider);

        var parsed = WorkflowJson.Parse(flowJson);
        if (!parsed.Success) throw new InvalidOperationException($"flow.json: {parsed.Error}");
        var published = await provider.GetRequiredService<WorkflowDefinitionService>().PublishAsync(parsed.Definition!);
        if (!published.Success) throw new InvalidOperationException($"flow.json does not publish: {published}");
        var runtime = provider.GetRequiredService<IWorkflowRuntime>();
        var definitionId = parsed.Definition!.Id;

        var warmupClock = Stopwatch.StartNew();
        do
        {
            var warmup = await RunBatchAsync(runtime, definitionId, "warm", options.Warmup);
            await VerifyAsync(runtime, "warm", warmup.InstanceIds);
        }
        while (warmupClock.Elapsed < options.WarmupTime);
        Settle();

        var gcBefore = GcSnapshot.Take();
        var measured = await RunBatchAsync(runtime, definitionId, "order", options.Instances);
        var gc = GcSnapshot.Take() - gcBefore;
        await VerifyAsync(runtime, "order", measured.InstanceIds);
        return new PhaseTiming(backend.Label, options.Instances, measured.Start, measured.Resume, measured.LatenciesMs, gc);
    }

    /// <summary>Lets tiered compilation finish its background work and starts the timed run on a clean heap.</summary>
    internal static void Settle()
    {
        Thread.Sleep(300);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private sealed record Batch(string[] InstanceIds, TimeSpan Start, TimeSpan Resume, double[] LatenciesMs);

    private async Task<Batch> RunBatchAsync(IWorkflowRuntime runtime, string definitionId, string prefix, int count)
    {
        var ids = new string[count];
        var latencies = new double[count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism };
        using var timeout = new CancellationTokenSource(options.PhaseTimeout);
        parallel.CancellationToken = timeout.Token;

        var startClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, ct) =>
        {
            var variables = new Dictionary<string, object?>(2, StringComparer.Ordinal)
            {
                ["n"] = (long)i,
                ["order_id"] = Expected.OrderId(prefix, i),
            };
            var result = await runtime.StartAsync(definitionId, new StartOptions(variables), ct);
            if (result.Status != WorkflowStatus.Suspended || result.Bookmarks.Count != 1)
                throw new InvalidOperationException($"instance {i} did not suspend on its bookmark: {result.Outcome} {result.Status} {result.Message}");
            ids[i] = result.InstanceId!;
        });
        var startPhase = startClock.Elapsed;

        var resumeClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, ct) =>
        {
            var key = Event.Key("Paid", Expected.OrderId(prefix, i));
            var before = Stopwatch.GetTimestamp();
            var results = await runtime.ResumeByStimulusAsync(Event.BookmarkType, key, Expected.Payment(i), ct);
            latencies[i] = Stopwatch.GetElapsedTime(before).TotalMilliseconds;
            if (results.Count != 1 || results[0].Status != WorkflowStatus.Finished)
                throw new InvalidOperationException($"instance {i} did not finish on resume: {results.Count} result(s), {(results.Count > 0 ? results[0].Status : null)}");
        });
        return new Batch(ids, startPhase, resumeClock.Elapsed, latencies);
    }

    // After the clock stops: every instance must hold the receipt the C# version of the flow computes.
    private static async Task VerifyAsync(IWorkflowRuntime runtime, string prefix, string[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            var instance = await runtime.GetInstanceAsync(ids[i]) ?? throw new InvalidOperationException($"instance {ids[i]} is gone");
            var receipt = instance.Variables.GetValueOrDefault("receipt") as string;
            var expected = Expected.Receipt(prefix, i);
            if (instance.Status != WorkflowStatus.Finished || receipt != expected)
                throw new InvalidOperationException($"instance {i} ended {instance.Status} with receipt \"{receipt}\", expected \"{expected}\"");
        }
    }
}
