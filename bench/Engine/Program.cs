using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CallCenter.Bench.Engine;

// Entry point of bench/Engine (see README.md): (a) our engine in memory, (b) our engine on SQLite,
// (c) WorkflowCore in memory, all in this process, repeated K times (interleaved) and summarised by
// the median; the last line printed is one JSON object.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var exitCode = 0;
try
{
    var options = BenchOptions.Parse(args);
    var clock = Stopwatch.StartNew();
    Console.WriteLine($"N = {options.Instances:N0} instances per run (warm-up {options.Warmup:N0}), {options.Repeat} run(s) per engine, " +
                      $"{options.Parallelism} workers, {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                      $"GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, load average {LoadAverage()}");
    var flowJson = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "flow.json"));
    var engine = new EngineBenchmark(options, flowJson);
    var workflowCore = new WorkflowCoreBenchmark(options);

    var sqliteBackend = options.Runs(BenchOptions.SqliteMode) ? SqliteBackend.Create() : null;
    List<PhaseTiming> inMemoryRuns = [], sqliteRuns = [], workflowCoreRuns = [];
    try
    {
        for (var run = 1; run <= options.Repeat; run++)
        {
            Console.WriteLine($"-- run {run} of {options.Repeat}");
            if (options.Runs(BenchOptions.EngineMode)) inMemoryRuns.Add(Report(await engine.RunAsync(EngineBackend.InMemory)));
            if (sqliteBackend is not null) sqliteRuns.Add(Report(await engine.RunAsync(sqliteBackend)));
            if (options.Runs(BenchOptions.WorkflowCoreMode)) workflowCoreRuns.Add(Report(await workflowCore.RunAsync()));
        }
    }
    finally
    {
        sqliteBackend?.Cleanup();
    }

    Console.WriteLine($"-- summary: median of {options.Repeat} run(s)");
    var engineRate = Median(inMemoryRuns, "(a) engine, in memory");
    var sqliteRate = Median(sqliteRuns, "(b) engine, SQLite");
    var workflowCoreRate = Median(workflowCoreRuns, "(c) WorkflowCore 3.22.0, in memory");
    double? p50 = null, p99 = null;
    if (inMemoryRuns.Count > 0)
    {
        // Every timed resume of every run, pooled.
        var latencies = inMemoryRuns.SelectMany(r => r.ResumeLatenciesMs!).ToArray();
        p50 = Percentiles.Of(latencies, 0.50);
        p99 = Percentiles.Of(latencies, 0.99);
        Console.WriteLine($"(a) resume latency over {latencies.Length:N0} resumes: p50 {p50:0.000} ms, p99 {p99:0.000} ms, " +
                          $"p99.9 {Percentiles.Of(latencies, 0.999):0.000} ms, max {Percentiles.Of(latencies, 1.0):0.000} ms");
    }
    double? ratio = engineRate / workflowCoreRate;
    if (ratio is not null) Console.WriteLine($"ratio (a)/(c): {ratio:0.0}");
    Console.WriteLine($"took {clock.Elapsed.TotalSeconds:0.0} s, load average {LoadAverage()}");

    var json = new JsonObject
    {
        ["engine_inst_per_s"] = Round(engineRate, 1),
        ["sqlite_inst_per_s"] = Round(sqliteRate, 1),
        ["workflowcore_inst_per_s"] = Round(workflowCoreRate, 1),
        ["ratio_vs_workflowcore"] = Round(ratio, 2),
        ["resume_p99_ms"] = Round(p99, 3),
        ["resume_p50_ms"] = Round(p50, 3),
        ["n"] = options.Instances,
    };
    Console.WriteLine(json.ToJsonString());
}
catch (Exception ex)
{
    Console.Error.WriteLine($"benchmark failed: {ex}");
    exitCode = 1;
}
Console.Out.Flush();
// A WorkflowCore host may still be running (its StopAsync can hang after a burst): end the process here.
Environment.Exit(exitCode);

static PhaseTiming Report(PhaseTiming timing)
{
    Console.WriteLine(timing.Describe());
    return timing;
}

static double? Median(List<PhaseTiming> runs, string label)
{
    if (runs.Count == 0) return null;
    var rates = runs.Select(r => r.InstancesPerSecond).Order().ToArray();
    var median = rates.Length % 2 == 1 ? rates[rates.Length / 2] : (rates[rates.Length / 2 - 1] + rates[rates.Length / 2]) / 2;
    Console.WriteLine($"{label}: {median:N0} instances/s (runs: {string.Join(", ", runs.Select(r => r.InstancesPerSecond.ToString("N0", CultureInfo.InvariantCulture)))})");
    return median;
}

static double? Round(double? value, int digits) => value is null ? null : Math.Round(value.Value, digits);

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
