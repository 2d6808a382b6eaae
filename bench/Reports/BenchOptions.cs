using System.Globalization;

namespace CallCenter.Bench.Reports;

/// <summary>Command line: <c>--phase generate|fold|reports|excel100k|cdr1m --calls N --db sqlite|postgres --connection CS [--excel-rows N]</c>.</summary>
public sealed record BenchOptions(string Phase, int Calls, string Db, string Connection, int ExcelRows)
{
    public static BenchOptions Parse(string[] args)
    {
        string phase = "generate", db = "sqlite", connection = "";
        int calls = 1_000_000, excelRows = 100_000;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--phase": phase = value; i++; break;
                case "--calls": calls = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                case "--db": db = value; i++; break;
                case "--connection": connection = value; i++; break;
                case "--excel-rows": excelRows = int.Parse(value, CultureInfo.InvariantCulture); i++; break;
                default: throw new ArgumentException($"unknown argument {args[i]}");
            }
        }
        if (connection.Length == 0) throw new ArgumentException("--connection is required (run.sh passes it)");
        return new BenchOptions(phase, calls, db, connection, excelRows);
    }
}
