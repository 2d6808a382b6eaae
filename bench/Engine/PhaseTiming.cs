namespace CallCenter.Bench.Engine;

/// <summary>The figures of one measured run of one engine.</summary>
public sealed record PhaseTiming(string Label, int Instances, TimeSpan StartPhase, TimeSpan ResumePhase, double[]? ResumeLatenciesMs = null, GcSnapshot? Gc = null)
{
    public TimeSpan Total => StartPhase + ResumePhase;

    /// <summary>Whole instances (start, run to the bookmark, resume, run to the end) per second of wall time.</summary>
    public double InstancesPerSecond => Instances / Total.TotalSeconds;

    public string Describe() =>
        $"{Label}: {Instances:N0} instances in {Total.TotalMilliseconds:N0} ms = {InstancesPerSecond:N0} instances/s " +
        $"(start phase {StartPhase.TotalMilliseconds:N0} ms = {Instances / StartPhase.TotalSeconds:N0}/s, " +
        $"resume phase {ResumePhase.TotalMilliseconds:N0} ms = {Instances / ResumePhase.TotalSeconds:N0}/s)" +
        (Gc is { } gc ? $"{Environment.NewLine}    GC in the timed run: {gc}, {gc.AllocatedBytes / 1024.0 / Instances:N1} KB per instance" : "");
}
