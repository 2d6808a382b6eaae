using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Reports;

public sealed class ReportRegistrationTests
{
    [Fact]
    public async Task Reports_resolve_from_the_container_and_read_the_center_time_zone_from_the_engine_options()
    {
        await using var database = await DomainDatabase.SqliteAsync(services =>
            services.AddCallCenterReports().Configure<EngineOptions>(o => o.TimeZone = "Asia/Shanghai"));
        await using (var db = await database.ContextAsync()) await ReportDataset.InsertAsync(db);

        // The clock says 2026-11-25 10:00 in Shanghai: "yesterday" is the dataset's day.
        var source = database.Get<ReportSource>();
        var yesterday = ReportFilter.ForPreset(ReportPreset.Yesterday, source.Today);
        var report = await database.Get<QueueReport>().RunAsync(yesterday);

        Assert.Equal(ReportDataset.Day, yesterday.From);
        Assert.Equal(8, report.Totals.Offered);
        Assert.NotNull(database.Get<PeriodComparison>());
        Assert.NotNull(database.Get<CallDetailExport>());
    }
}
