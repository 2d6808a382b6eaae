namespace CallCenter.Bench.Engine;

/// <summary>Command-line settings: <c>--quick</c>, <c>--n N</c>, <c>--warmup N</c>, <c>--parallelism P</c>, <c>--repeat K</c>, <c>--only engine,sqlite,workflowcore</c>.</summary>
public sealed record BenchOptions(int Instances, int Warmup, int Parallelism, int Repeat, bool Quick, IReadOnlySet<string> Modes)
{
    public const string EngineMode = "engine";
    public const string SqliteMode = "sqlite";
    public const string WorkflowCoreMode = "workflowcore";

    /// <summary>How long one phase (start all, or resume all) may take before the run is declared stuck.</summary>
    public TimeSpan PhaseTimeout => Quick ? TimeSpan.FromSeconds(60) : TimeSpan.FromMinutes(5);

    /// <summary>Warm-up batches repeat until this much time has passed, so tiered JIT reaches its optimised code first.</summary>
    public TimeSpan WarmupTime => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(2);

    public bool Runs(string mode) => Modes.Contains(mode);

    public static BenchOptions Parse(string[] args)
    {
        var quick = false;
        int? instances = null, warmup = null;
        var parallelism = Environment.ProcessorCount * 2;
        int? repeat = null;
        var modes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { EngineMode, SqliteMode, WorkflowCoreMode };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--n": instances = int.Parse(Value(args, ++i), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--warmup": warmup = int.Parse(Value(args, ++i), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--parallelism": parallelism = int.Parse(Value(args, ++i), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(Value(args, ++i), System.Globalization.CultureInfo.InvariantCulture); break;
                case "--only":
                    modes = new HashSet<string>(Value(args, ++i).ToLowerInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
                    break;
                default: throw new ArgumentException($"unknown argument '{args[i]}' (use --quick, --n N, --warmup N, --parallelism P, --repeat K, --only engine,sqlite,workflowcore)");
            }
        }
        foreach (var mode in modes)
            if (mode is not (EngineMode or SqliteMode or WorkflowCoreMode)) throw new ArgumentException($"unknown mode '{mode}' in --only (engine, sqlite, workflowcore)");
        var n = instances ?? (quick ? 1_000 : 10_000);
        // Quick runs are short enough for a scheduler hiccup to matter, so they take the median of more runs.
        var runs = repeat ?? (quick ? 5 : 3);
        if (n < 1 || parallelism < 1 || runs < 1) throw new ArgumentException("--n, --parallelism and --repeat must be at least 1");
        return new BenchOptions(n, warmup ?? Math.Clamp(n / 5, 200, 1_000), parallelism, runs, quick, modes);
    }

    private static string Value(string[] args, int i) =>
        i < args.Length ? args[i] : throw new ArgumentException($"'{args[i - 1]}' needs a value");
}
