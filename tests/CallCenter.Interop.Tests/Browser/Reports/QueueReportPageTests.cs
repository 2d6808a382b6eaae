using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using CallCenter.Portal.Tests;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Reports;

/// <summary>
/// The issue's scenario in a real browser: a manager opens the queue report from the catalogue, changes the range, sees
/// the chart and the totals, opens the calls behind a total, and downloads the Excel, which ClosedXML opens with the queue rows.
/// The portal's clock says 2026-11-21 in Shanghai; the queue log (written into its SQLite file) is of the day before.
/// </summary>
public sealed class QueueReportPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Reports-manager-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-reports-").FullName;
    private PortalProcess _portal = null!;

    public async Task InitializeAsync()
    {
        _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}", $"DemoData:UserPassword={Password}",
            "Engine:TimeZone=Asia/Shanghai", "Clock:StartAt=2026-11-21T09:00:00+08:00");
        // 2026-11-20 10:00 in Shanghai: hotline offered 3 (2 answered, 1 abandoned), card-service 1 (abandoned).
        var morning = new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);
        await using var db = Db();
        void Line(string call, string queue, int afterSeconds, QueueEventType type, double? wait = null) =>
            db.QueueEvents.Add(new QueueEvent { At = morning.AddSeconds(afterSeconds), CallId = call, Queue = queue, Event = type, WaitSeconds = wait, Agent = type == QueueEventType.Connect ? "8002" : null });
        Line("r1", "hotline", 0, QueueEventType.EnterQueue); Line("r1", "hotline", 10, QueueEventType.Connect, 10);
        Line("r2", "hotline", 300, QueueEventType.EnterQueue); Line("r2", "hotline", 330, QueueEventType.Connect, 30);
        Line("r3", "hotline", 600, QueueEventType.EnterQueue); Line("r3", "hotline", 608, QueueEventType.Abandon, 8);
        Line("r4", "card-service", 3600, QueueEventType.EnterQueue); Line("r4", "card-service", 3645, QueueEventType.Abandon, 45);
        foreach (var (call, start, answered) in new[] { ("r1", 0, true), ("r2", 300, true), ("r3", 600, false), ("r4", 3600, false) })
            db.CallRecords.Add(new CallCenter.Domain.Calls.CallDetailRecord
            {
                CallId = call, From = "sip:13800138000@carrier.example", To = "sip:12345@callcenter.example", StartedAt = morning.AddSeconds(start),
                AnsweredAt = answered ? morning.AddSeconds(start + 20) : null, EndedAt = morning.AddSeconds(start + 90), HangupBy = "Caller", Cause = "Normal",
            });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_manager_changes_the_range_sees_the_chart_opens_the_calls_behind_a_total_and_downloads_the_queue_rows()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "manager", Password, "/");
        await page.Locator("#nav-reports").ClickAsync();
        await page.Locator("#open-report-queue").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/reports/queue");
        await PortalPages.WaitLiveAsync(page);
        Assert.Equal("队列报表", await page.Locator("#report-title").InnerTextAsync());
        // Today (the 21st) has no calls yet.
        await page.Locator("#report-empty").WaitForAsync();
        Assert.Equal("2026-11-21", await page.Locator("#report-from").InputValueAsync());

        // The range: the preset "yesterday", then Show.
        await page.Locator(".mud-select").Filter(new() { HasText = "时间范围" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "昨天" }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-from")).ToHaveValueAsync("2026-11-20");
        await Assertions.Expect(page.Locator("#report-to")).ToHaveValueAsync("2026-11-20");
        await page.Locator("#report-run").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("from=2026-11-20&to=2026-11-20", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#report-total-offered")).ToHaveTextAsync("4");
        var rows = page.Locator("#report-table tr.report-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        Assert.Contains("政务热线", await rows.Nth(1).InnerTextAsync());
        await page.Locator("#report-chart svg").First.WaitForAsync();
        Assert.True(await page.Locator("#report-chart svg rect, #report-chart svg path").CountAsync() > 0, "the chart draws bars");

        // The Excel download carries the same range.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#report-excel").ClickAsync());
        var file = Path.Combine(_folder, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.Equal("queue-20261120-20261120.xlsx", download.SuggestedFilename);
        using (var book = new XLWorkbook(file))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal(["预付卡客服 / Prepaid-card service", "政务热线 / Government hotline", "合计 Total"], Enumerable.Range(4, 3).Select(r => sheet.Cell(r, 1).GetString()));
            Assert.Equal([1.0, 3.0, 4.0], Enumerable.Range(4, 3).Select(r => sheet.Cell(r, 3).GetDouble()));
        }

        // A click on the abandoned total lists the two abandoned calls.
        await page.Locator("#report-total-abandoned a").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/reports/calls");
        await Assertions.Expect(page.Locator("#calls-count")).ToHaveAttributeAsync("data-count", "2");
        await Assertions.Expect(page.Locator("#report-table tr.report-row")).ToHaveCountAsync(2);
        Assert.Contains("2026/11/20 10:10", await page.Locator("#report-table tr.report-row").First.InnerTextAsync());

        // One queue picked from the configured ones: only its row, and totals over it alone.
        await page.GotoAsync("/reports/queue?from=2026-11-20&to=2026-11-20");
        await PortalPages.WaitLiveAsync(page);
        await page.Locator(".mud-select").Filter(new() { HasText = "队列" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "政务热线 / Government hotline (hotline)" }).ClickAsync();
        await PortalPages.WaitPickedAsync(page, "hotline");
        await page.Locator("#report-run").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("queue=hotline", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#report-table tr.report-row")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#report-total-offered")).ToHaveTextAsync("3");
    }

    [Fact]
    public async Task Every_report_page_shows_the_days_figures_in_English_too()
    {
        var page = await chromium.NewPageAsync(_portal.Address, "en");
        await PortalPages.SignInAsync(page, "manager", Password, "/reports");
        Assert.Equal("Reports", await page.Locator("#nav-reports").TextContentAsync()); // shown upper case by the theme
        const string day = "from=2026-11-20&to=2026-11-20";
        foreach (var (name, title, total, expected) in new[]
        {
            ("traffic", "Traffic", "inbound", "4"), ("abandon", "Abandoned calls", "abandoned", "2"), ("hangup", "Who hung up", "calls", "4"),
            ("agents", "Agent workload", "calls", "2"), ("extensions", "Extension traffic", "placed", "0"), ("ivr", "IVR navigation", "entered", "0"),
            ("survey", "Survey results", "responses", "0"),
        })
        {
            await page.GotoAsync($"/reports/{name}?{day}");
            await Assertions.Expect(page.Locator("#report-title")).ToHaveTextAsync(title);
            await Assertions.Expect(page.Locator($"#report-total-{total}")).ToHaveTextAsync(expected);
            await page.Locator("#report-chart svg").First.WaitForAsync();
        }
        await page.GotoAsync($"/reports/comparison?{day}");
        await Assertions.Expect(page.Locator("#report-table tr.report-row").Filter(new() { HasText = "Inbound calls" })).ToContainTextAsync("4.00");
        await page.GotoAsync($"/reports/calls?{day}");
        await Assertions.Expect(page.Locator("#calls-count")).ToHaveAttributeAsync("data-count", "4");
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());
    }

    private CallCenterDbContext Db()
    {
        var builder = new DbContextOptionsBuilder<CallCenterDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Pooling=False" });
        return new CallCenterDbContext(builder.Options);
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
