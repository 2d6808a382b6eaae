using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using CallCenter.Bench.Acd;
using CallCenter.Domain.Acd;

// Entry point of bench/Acd (see README.md): offer-decision times of the in-memory ACD per strategy, and of a
// linear-scan baseline, with the same workload in this process; the last line printed is one JSON object.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
try
{
    var options = BenchOptions.Parse(args);
    var clock = Stopwatch.StartNew();
    Console.WriteLine($"{options.Calls:N0} waiting calls, {options.Agents:N0} agents, {options.Skills} skills, {options.Decisions:N0} timed decisions " +
                      $"per run (after {options.Warmup:N0} untimed), {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
                      $"GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, load average {LoadAverage()}");
    var benchmark = new DecisionBenchmark(options);

    Summary Run(string side, IDecisionTarget target, Func<IDecisionTarget, double[]> run)
    {
        var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var samples = run(target);
        var gc = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);
        var summary = new Summary(samples);
        Console.WriteLine($"{side,-11} {target.Name,-20} n {samples.Length,6:N0}  p50 {summary.P50,8:0.0} µs  p99 {summary.P99,8:0.0} µs  " +
                          $"p99.9 {summary.P999,8:0.0} µs  max {summary.Max,9:0.0} µs  GC {gc.Item1}/{gc.Item2}/{gc.Item3}");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return summary;
    }

    QueueStrategy[] strategies =
    [
        QueueStrategy.LongestIdle, QueueStrategy.SkillsBased, QueueStrategy.RoundRobin,
        QueueStrategy.FewestCalls, QueueStrategy.LeastTalkTime, QueueStrategy.Random,
    ];
    var agentSide = new Dictionary<QueueStrategy, Summary>();
    foreach (var strategy in strategies) agentSide[strategy] = Run("agent-side", new AcdTarget(strategy, options.Seed), benchmark.AgentSide);
    var naiveAgentSide = Run("agent-side", new NaiveTarget(), benchmark.AgentSide);
    var callSide = Run("call-side", new AcdTarget(QueueStrategy.LongestIdle, options.Seed), benchmark.CallSide);
    var naiveCallSide = Run("call-side", new NaiveTarget(), benchmark.CallSide);

    var headline = agentSide[QueueStrategy.LongestIdle];
    var worst = agentSide.MaxBy(p => p.Value.P99);
    var ratioP50 = naiveAgentSide.P50 / headline.P50;
    var ratioP99 = naiveAgentSide.P99 / headline.P99;
    Console.WriteLine($"agent-side, longest-idle: naive / acd = {ratioP50:0.0}× at p50, {ratioP99:0.0}× at p99; " +
                      $"worst strategy at p99: {worst.Key} {worst.Value.P99:0.0} µs");
    Console.WriteLine($"took {clock.Elapsed.TotalSeconds:0.0} s, load average {LoadAverage()}");

    var json = new JsonObject
    {
        ["acd_offer_p50_us"] = Round(headline.P50),
        ["acd_offer_p99_us"] = Round(headline.P99),
        ["calls"] = options.Calls,
        ["agents"] = options.Agents,
        ["decisions"] = headline.Count,
        ["acd_offer_p999_us"] = Round(headline.P999),
        ["acd_offer_max_us"] = Round(headline.Max),
        ["acd_worst_strategy"] = worst.Key.ToString(),
        ["acd_worst_strategy_p99_us"] = Round(worst.Value.P99),
        ["acd_call_side_p50_us"] = Round(callSide.P50),
        ["acd_call_side_p99_us"] = Round(callSide.P99),
        ["naive_offer_p50_us"] = Round(naiveAgentSide.P50),
        ["naive_offer_p99_us"] = Round(naiveAgentSide.P99),
        ["naive_call_side_p99_us"] = Round(naiveCallSide.P99),
        ["ratio_p50_vs_naive"] = Round(ratioP50),
        ["ratio_p99_vs_naive"] = Round(ratioP99),
        ["load_average_1m"] = LoadAverage().Split(' ')[0],
    };
    Console.WriteLine(json.ToJsonString());
    return 0;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"benchmark failed: {ex}");
    return 1;
}

static double Round(double value) => Math.Round(value, 1);

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
