namespace CallCenter.Bench.Designer;

/// <summary>Command line of the designer benchmark: <c>--portal-dll PATH [--quick] [--moves N] [--opens N] [--steps N] [--keep]</c>.</summary>
public sealed record BenchOptions(string PortalDll, int Moves, int Opens, int Steps, bool Keep)
{
    /// <summary>Activities of the measured flow (the figure).</summary>
    public const int LargeFlow = 150;

    /// <summary>Activities of the baseline flow.</summary>
    public const int SmallFlow = 10;

    /// <summary>Moves on the baseline flow.</summary>
    public const int BaselineMoves = 5;

    public static BenchOptions Parse(string[] args)
    {
        string? dll = null;
        int moves = 50, opens = 3, steps = 1;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--portal-dll": dll = args[++i]; break;
                case "--quick": moves = 20; opens = 1; break;
                case "--moves": moves = int.Parse(args[++i]); break;
                case "--opens": opens = int.Parse(args[++i]); break;
                case "--steps": steps = int.Parse(args[++i]); break;
                case "--keep": keep = true; break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }
        if (dll is null || !File.Exists(dll)) throw new ArgumentException($"--portal-dll: no Portal at '{dll}' (build src/Portal first)");
        return new BenchOptions(Path.GetFullPath(dll), moves, Math.Max(1, opens), Math.Max(1, steps), keep);
    }
}
