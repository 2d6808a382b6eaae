using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CallCenter.Bench.Reports;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Domain.Queues;
using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;
using CallCenter.Domain.Reports.Rollups;
using CallCenter.Domain.Telephony;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

// One phase per process, so that each phase's peak working set is its own. Each prints one JSON line.
var options = BenchOptions.Parse(args);
var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
services.Configure<EngineOptions>(o => o.TimeZone = "Asia/Shanghai");
services.AddWorkflowEngine().AddCallCenterDatabase(new DatabaseOptions
{
    Provider = options.Db == "postgres" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite,
    ConnectionString = options.Connection,
});
await using var provider = services.BuildServiceProvider();
var factory = provider.GetRequiredService<IDbContextFactory<CallCenterDbContext>>();
var source = new ReportSource(factory, provider.GetRequiredService<IOptions<EngineOptions>>(), TimeProvider.System);
// The year of data ends yesterday (local), so the presets (last month, this year) find it.
var lastDay = source.Today.AddDays(-1);
var year = new ReportFilter(lastDay.AddDays(-364), lastDay);
var result = new Dictionary<string, object> { ["phase"] = options.Phase };
var clock = Stopwatch.StartNew();

switch (options.Phase)
{
    case "generate":
    {
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Queues.AddRange(new CallQueue { Name = "hotline", DisplayName = "政务热线", ServiceLevelSeconds = 20 }, new CallQueue { Name = "vip", DisplayName = "VIP", ServiceLevelSeconds = 10 });
            var team = new AgentGroup { Name = "day-team" };
            for (var a = 0; a < 60; a++)
            {
                var number = (8001 + a).ToString(CultureInfo.InvariantCulture);
                var agent = new Agent { Number = number, Name = "座席" + number };
                if (a < 30) team.Agents.Add(agent); else db.Agents.Add(agent);
                db.Extensions.Add(new Extension { Number = (CallSimulator.FirstExtension + a).ToString(CultureInfo.InvariantCulture), DisplayName = "分机", Realm = "bench", Ha1Md5 = "-", Ha1Sha256 = "-" });
            }
            db.AgentGroups.Add(team);
            await db.SaveChangesAsync();
        }
        await using var context = await factory.CreateDbContextAsync();
        await using var writer = await BulkWriter.OpenAsync(context);
        var simulator = new CallSimulator(options.Calls, year.From, 365, zone);
        var batch = new CallSimulator.Day([], [], [], []);
        long calls = 0;
        foreach (var day in simulator.Days())
        {
            batch.Calls.AddRange(day.Calls); batch.Traces.AddRange(day.Traces); batch.Events.AddRange(day.Events); batch.States.AddRange(day.States);
            calls += day.Calls.Count;
            if (batch.Calls.Count < 50_000) continue;
            await FlushAsync(writer, batch);
        }
        await FlushAsync(writer, batch);
        result["calls"] = calls;
        result["rows"] = writer.Rows;
        if (options.Db != "postgres") { await using var vacuum = await factory.CreateDbContextAsync(); await vacuum.Database.ExecuteSqlRawAsync("ANALYZE"); }
        else { await using var analyze = await factory.CreateDbContextAsync(); await analyze.Database.ExecuteSqlRawAsync("ANALYZE"); }
        break;
    }
    case "fold":
    {
        // Back-fills the hourly report tables (what the Portal's HourlyRollupWorker does on its first pass), twice: on
        // PostgreSQL the first pass only notes the highest id.
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var rollup = new HourlyRollup(factory, TimeProvider.System, Options.Create(new HourlyRollupOptions { CommitLag = TimeSpan.Zero }), NullLogger<HourlyRollup>.Instance);
        var moved = new Dictionary<string, long>();
        for (var pass = 0; pass < 2; pass++)
            foreach (var (table, ids) in await rollup.FoldAsync()) moved[table] = moved.GetValueOrDefault(table) + ids;
        result["folded_ids"] = moved;
        await using var counts = await factory.CreateDbContextAsync();
        result["queue_hours"] = await counts.QueueHours.CountAsync();
        result["traffic_hours"] = await counts.TrafficHours.CountAsync();
        break;
    }
    case "reports":
    {
        var month = ReportFilter.ForPreset(ReportPreset.LastMonth, source.Today);
        var timings = new Dictionary<string, double>();
        async Task Time(string name, Func<Task> run)
        {
            var watch = Stopwatch.StartNew();
            await run();
            timings[name] = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
        }
        await using (var warm = await factory.CreateDbContextAsync()) await warm.CallRecords.AnyAsync(); // EF model and pool, not a report
        foreach (var (label, filter) in new[] { ("month", month), ("year", year) })
        {
            await Time($"queue_{label}", () => new QueueReport(source).RunAsync(filter));
            await Time($"traffic_hour_{label}", () => new TrafficReport(source).RunAsync(filter, ReportGranularity.Hour, TrafficKey.Number));
            await Time($"traffic_day_queue_{label}", () => new TrafficReport(source).RunAsync(filter, ReportGranularity.Day, TrafficKey.Queue));
            await Time($"traffic_month_{label}", () => new TrafficReport(source).RunAsync(filter, ReportGranularity.Month, TrafficKey.Number));
            await Time($"abandon_{label}", () => new AbandonReport(source).RunAsync(filter));
            await Time($"agent_{label}", () => new AgentReport(source).RunAsync(filter));
            await Time($"hangup_{label}", () => new HangupSideReport(source).RunAsync(filter));
            await Time($"ivr_{label}", () => new IvrNavigationReport(source).RunAsync(filter));
            await Time($"extension_{label}", () => new ExtensionTrafficReport(source).RunAsync(filter));
            await Time($"comparison_{label}", () => new PeriodComparison(source).RunAsync(filter));
            await Time($"survey_{label}", () => new SurveyReport(source).RunAsync(filter));
            await Time($"call_detail_page_{label}", () => new CallDetailQuery(source).PageAsync(new CallDetailFilter(filter), 5000, 50));
        }
        result["timings_ms"] = timings;
        result["slowest_report"] = timings.MaxBy(t => t.Value).Key;
        result["slowest_report_ms"] = timings.Values.Max();
        break;
    }
    case "excel100k":
    {
        // The formatted workbook of the first N calls of the year, against MiniExcel writing the same rows plainly (baseline).
        var rows = new List<CallDetailRow>(options.ExcelRows);
        await foreach (var row in new CallDetailQuery(source).StreamAsync(new CallDetailFilter(year)))
        {
            rows.Add(row);
            if (rows.Count == options.ExcelRows) break;
        }
        var file = Path.Combine(Path.GetTempPath(), $"report-bench-{Environment.ProcessId}.xlsx");
        try
        {
            var readMs = clock.Elapsed.TotalMilliseconds;
            var watch = Stopwatch.StartNew();
            await using (var output = File.Create(file))
            using (var workbook = new ReportWorkbook())
            {
                workbook.AddSheet("话单 Calls", "话单 Call detail", year, ReportColumns.CallDetail, rows, null);
                await workbook.SaveAsync(output);
            }
            var excelMs = watch.Elapsed.TotalMilliseconds;
            result["excel_rows"] = rows.Count;
            result["excel_read_ms"] = Math.Round(readMs, 1);
            result["excel_100k_ms"] = Math.Round(excelMs, 1);
            result["excel_100k_peak_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1);
            result["excel_file_mb"] = Math.Round(new FileInfo(file).Length / 1048576.0, 1);
            watch.Restart();
            await using (var output = File.Create(file)) await MiniExcel.SaveAsAsync(output, rows.Select(CallDetailExportRow.From));
            result["baseline_miniexcel_100k_ms"] = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
            result["ratio_closedxml_vs_miniexcel"] = Math.Round(excelMs / watch.Elapsed.TotalMilliseconds, 2);
        }
        finally
        {
            File.Delete(file);
        }
        break;
    }
    case "cdr1m":
    {
        var file = Path.Combine(Path.GetTempPath(), $"cdr-bench-{Environment.ProcessId}.xlsx");
        try
        {
            long count;
            await using (var output = File.Create(file)) count = await new CallDetailExport(new CallDetailQuery(source)).WriteAsync(output, new CallDetailFilter(year));
            result["cdr_rows"] = count;
            result["cdr_export_1m_ms"] = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
            result["cdr_export_1m_peak_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1);
            result["cdr_file_mb"] = Math.Round(new FileInfo(file).Length / 1048576.0, 1);
        }
        finally
        {
            File.Delete(file);
        }
        break;
    }
    default:
        throw new ArgumentException($"unknown phase {options.Phase}");
}
result["ms"] = Math.Round(clock.Elapsed.TotalMilliseconds, 1);
result["peak_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1);
Console.WriteLine(JsonSerializer.Serialize(result));
return 0;

static async Task FlushAsync(BulkWriter writer, CallSimulator.Day batch)
{
    await writer.WriteAsync(batch.Calls);
    await writer.WriteAsync(batch.Traces);
    await writer.WriteAsync(batch.Events);
    await writer.WriteAsync(batch.States);
    batch.Calls.Clear(); batch.Traces.Clear(); batch.Events.Clear(); batch.States.Clear();
}
