using System.Globalization;

namespace CallCenter.Bench.Acd;

/// <summary>Command-line settings: <c>--quick</c>, <c>--calls N</c>, <c>--agents N</c>, <c>--decisions N</c>, <c>--seed N</c>.</summary>
public sealed record BenchOptions(int Calls, int Agents, int Skills, int Decisions, int Warmup, int Seed, bool Quick)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = false;
        int? calls = null, agents = null, decisions = null, seed = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--calls": calls = Int(args, ++i); break;
                case "--agents": agents = Int(args, ++i); break;
                case "--decisions": decisions = Int(args, ++i); break;
                case "--seed": seed = Int(args, ++i); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}' (use --quick, --calls N, --agents N, --decisions N, --seed N)");
            }
        }
        var n = decisions ?? (quick ? 5_000 : 20_000);
        var options = new BenchOptions(calls ?? 10_000, agents ?? 1_000, 20, n, Math.Max(1_000, n / 5), seed ?? 20261126, quick);
        if (options.Calls < 1 || options.Agents < 1 || options.Decisions < 1) throw new ArgumentException("--calls, --agents and --decisions must be at least 1");
        return options;
    }

    private static int Int(string[] args, int i) =>
        i < args.Length ? int.Parse(args[i], CultureInfo.InvariantCulture) : throw new ArgumentException($"'{args[i - 1]}' needs a value");
}
