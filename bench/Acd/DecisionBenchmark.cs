using System.Diagnostics;

namespace CallCenter.Bench.Acd;

/// <summary>Runs the two workloads on one target and returns the decision times in microseconds.</summary>
public sealed class DecisionBenchmark(BenchOptions options)
{
    /// <summary>
    /// Agents become Ready at random while <see cref="BenchOptions.Calls"/> calls wait: each Ready that makes an offer is
    /// one sample (from calling Ready to its return, the offer published). The offer is answered and the call ended
    /// at once (the agent goes to wrap-up and back into the pool) and a new call replaces it, so the queue stays full.
    /// </summary>
    public double[] AgentSide(IDecisionTarget target)
    {
        var workload = new Workload(options);
        var random = new Random(options.Seed + 1);
        target.AddAgents(workload.Agents);
        for (var i = 0; i < options.Calls; i++)
            if (target.Enqueue(workload.NextCall(AcdTarget.Queue))) throw new InvalidOperationException("nobody is Ready yet");

        var pool = workload.Agents.Select(a => a.Id).ToList();
        var samples = new List<double>(options.Decisions);
        var total = options.Warmup + options.Decisions;
        for (var made = 0; made < total && pool.Count > 0;)
        {
            var pick = random.Next(pool.Count);
            var agent = pool[pick];
            pool[pick] = pool[^1];
            pool.RemoveAt(pool.Count - 1);

            var start = Stopwatch.GetTimestamp();
            var offered = target.Ready(agent);
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (!offered) continue; // Ready with nothing to take: stays Ready until a fitting call arrives
            if (made++ >= options.Warmup) samples.Add(elapsed.TotalMicroseconds);
            pool.Add(target.AnswerAndEnd());
            while (target.Enqueue(workload.NextCall(AcdTarget.Queue))) pool.Add(target.AnswerAndEnd());
        }
        return [.. samples];
    }

    /// <summary>
    /// Calls arrive while every agent is Ready: each Enqueue that makes an offer is one sample. The agent answers, ends
    /// the call and is Ready again at once (untimed).
    /// </summary>
    public double[] CallSide(IDecisionTarget target)
    {
        var workload = new Workload(options);
        target.AddAgents(workload.Agents);
        foreach (var agent in workload.Agents)
            if (target.Ready(agent.Id)) throw new InvalidOperationException("no call is waiting yet");

        var samples = new List<double>(options.Decisions);
        var total = options.Warmup + options.Decisions;
        for (var made = 0; made < total;)
        {
            var call = workload.NextCall(AcdTarget.Queue);
            var start = Stopwatch.GetTimestamp();
            var offered = target.Enqueue(call);
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (!offered) continue; // no Ready agent has the skills: the call waits
            if (made++ >= options.Warmup) samples.Add(elapsed.TotalMicroseconds);
            var agent = target.AnswerAndEnd();
            while (target.Ready(agent)) agent = target.AnswerAndEnd();
        }
        return [.. samples];
    }
}
