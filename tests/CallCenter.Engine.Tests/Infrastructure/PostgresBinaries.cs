namespace CallCenter.Engine.Tests.Infrastructure;

/// <summary>Finds the PostgreSQL server binaries for <see cref="PostgresServer"/>.</summary>
internal static class PostgresBinaries
{
    /// <summary>
    /// The directory holding initdb, pg_ctl and postgres: CALLCENTER_PG_BIN, else the newest
    /// /usr/lib/postgresql/N/bin, else PATH. Throws a clear error naming what to install when none has them.
    /// </summary>
    public static string FindBinDirectory()
    {
        var looked = new List<string>();
        var fromEnvironment = Environment.GetEnvironmentVariable(PostgresServer.BinEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            if (HasServerBinaries(fromEnvironment))
            {
                return fromEnvironment;
            }

            // An explicit setting that points nowhere is a mistake to report, not to paper over.
            throw Missing($"{PostgresServer.BinEnvironmentVariable}={fromEnvironment} does not contain initdb, pg_ctl and postgres.");
        }

        const string debianRoot = "/usr/lib/postgresql";
        looked.Add($"{debianRoot}/*/bin");
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: double.TryParse(Path.GetFileName(dir), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(candidate => candidate.Version >= 0 && HasServerBinaries(candidate.Dir))
                .OrderByDescending(candidate => candidate.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return newest.Dir;
            }
        }

        looked.Add("PATH");
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(dir, "initdb");
            if (!File.Exists(initdb))
            {
                continue;
            }

            // /usr/local/bin/initdb is often a symlink; pg_ctl needs postgres beside the real file.
            var real = new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb;
            var realDir = Path.GetDirectoryName(real)!;
            if (HasServerBinaries(realDir))
            {
                return realDir;
            }
        }

        throw Missing($"Looked in {string.Join(", ", looked)}.");
    }

    private static bool HasServerBinaries(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));

    private static InvalidOperationException Missing(string detail) => new(
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found, so the PostgreSQL tests cannot run. "
        + detail + " Install them with `apt-get install postgresql-15` (Debian 12) or run ./test.sh, which installs them "
        + $"and sets {PostgresServer.BinEnvironmentVariable}.");
}
