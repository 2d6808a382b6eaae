using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Reports;

/// <summary>
/// The report filters' pickers in a real browser: a manager finds an agent by part of a Chinese name on the agent report
/// and gets that agent's row alone; a number typed that is no longer configured is kept and used; on the subscription
/// form the flow picker offers the shipped flows by name and the saved subscription carries the flow's id.
/// </summary>
public sealed class ReportFilterPickerTests(HeadlessChromium chromium, ReportFilterPickerTests.Portal shared)
    : IClassFixture<HeadlessChromium>, IClassFixture<ReportFilterPickerTests.Portal>
{
    private const string Day = "from=2026-11-20&to=2026-11-20";

    /// <summary>
    /// One Portal for the class (clock: 2026-11-21 in Shanghai). Agent 8101 欧阳娜娜 is added to the configured agents;
    /// 8101, the demo agent 8002 and 8299 (an agent since deleted: in the queue log, not configured) each answered a hotline call on the 20th.
    /// </summary>
    public sealed class Portal : IAsyncLifetime
    {
        public const string Password = "Report-pickers-3";
        private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-pickers-").FullName;

        public PortalProcess Process { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Process = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}", $"DemoData:UserPassword={Password}",
                "Engine:TimeZone=Asia/Shanghai", "Clock:StartAt=2026-11-21T09:00:00+08:00");
            var morning = new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);
            await using var db = Db();
            db.Agents.Add(new Agent { Number = "8101", Name = "欧阳娜娜", CreatedAt = morning, UpdatedAt = morning });
            var second = 0;
            foreach (var agent in new[] { "8101", "8002", "8299" })
            {
                var call = $"p-{agent}";
                db.QueueEvents.Add(new QueueEvent { At = morning.AddSeconds(second), CallId = call, Queue = "hotline", Event = QueueEventType.EnterQueue });
                db.QueueEvents.Add(new QueueEvent { At = morning.AddSeconds(second + 5), CallId = call, Queue = "hotline", Event = QueueEventType.Connect, WaitSeconds = 5, Agent = agent });
                second += 600;
            }
            await db.SaveChangesAsync();
        }

        /// <summary>A context on the portal's own SQLite file.</summary>
        public CallCenterDbContext Db()
        {
            var builder = new DbContextOptionsBuilder<CallCenterDbContext>();
            DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Pooling=False" });
            return new CallCenterDbContext(builder.Options);
        }

        public async Task DisposeAsync()
        {
            await Process.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_manager_finds_an_agent_by_part_of_the_name_and_the_report_shows_that_agent_alone()
    {
        var page = await SignInAsync($"/reports/agents?{Day}");
        await Assertions.Expect(page.Locator("#report-table tr.report-row")).ToHaveCountAsync(3);

        // Part of the Chinese name: the list narrows to that agent, shown as number and name.
        await page.Locator("#report-agent").ClickAsync();
        await page.Locator("#report-agent").FillAsync("娜娜");
        var options = page.GetByRole(AriaRole.Option);
        await Assertions.Expect(options).ToHaveCountAsync(1);
        await Assertions.Expect(options.First).ToHaveTextAsync("8101 欧阳娜娜");
        await options.First.ClickAsync();
        await WaitPickedAsync(page, "#report-agent", "8101");

        await page.Locator("#report-run").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("agent=8101", StringComparison.Ordinal));
        var rows = page.Locator("#report-table tr.report-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("8101");
        await Assertions.Expect(page.Locator("#report-agent")).ToHaveValueAsync("8101");

        // The same field still finds by number, case aside: "80" offers the demo agents 8001…8005, not 8101.
        await page.Locator("#report-agent").FillAsync("80");
        await Assertions.Expect(options).ToHaveCountAsync(5);
        await Assertions.Expect(options.Filter(new() { HasText = "刘洋" })).ToHaveTextAsync("8002 刘洋 Liu Yang");
        await page.Keyboard.PressAsync("Escape");
    }

    [Fact]
    public async Task A_number_typed_that_is_not_configured_is_kept_and_narrows_the_report()
    {
        var page = await SignInAsync($"/reports/agents?{Day}");
        await Assertions.Expect(page.Locator("#report-table tr.report-row")).ToHaveCountAsync(3);

        // 8299 left the call center: not in the list, but its calls are still in the log.
        await page.Locator("#report-agent").ClickAsync();
        await page.Locator("#report-agent").FillAsync("8299");
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToContainTextAsync("列表中没有：报表按您输入的内容筛选。");
        await page.Locator("#report-run").ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("agent=8299", StringComparison.Ordinal));
        var rows = page.Locator("#report-table tr.report-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("8299");
        await Assertions.Expect(page.Locator("#report-agent")).ToHaveValueAsync("8299");
    }

    [Fact]
    public async Task The_subscription_form_offers_the_shipped_flows_by_name_and_saves_the_flows_id()
    {
        var page = await SignInAsync($"/reports/subscriptions?new=ivr&{Day}");
        await page.Locator("#sub-flow").ClickAsync();
        await page.Locator("#sub-flow").FillAsync("政务");
        // Only the hotline's name has 政务: the list narrows to it (id, then name).
        var options = page.GetByRole(AriaRole.Option);
        await Assertions.Expect(options).ToHaveCountAsync(1);
        await Assertions.Expect(options.First).ToHaveTextAsync("hotline-12345 12345 government hotline 12345 政务服务热线");
        await options.First.ClickAsync();
        await WaitPickedAsync(page, "#sub-flow", "hotline-12345");

        await page.Locator("#sub-recipients").FillAsync("boss@example.com");
        await page.Locator("#sub-save").ClickAsync();
        await Assertions.Expect(page.Locator("#subscriptions-message")).ToHaveTextAsync("订阅已保存。");
        await Assertions.Expect(page.Locator("#subscriptions tr.subscription-row[data-report=ivr] .sub-filters")).ToHaveTextAsync("流程: hotline-12345");

        await using var db = shared.Db();
        var saved = await db.ReportSubscriptions.AsNoTracking().SingleAsync(s => s.Report == "ivr");
        Assert.Equal(("hotline-12345", "manager"), (saved.Flow, saved.Owner));
    }

    private async Task<IPage> SignInAsync(string path)
    {
        var page = await chromium.NewPageAsync(shared.Process.Address);
        await PortalPages.SignInAsync(page, "manager", Portal.Password, path);
        return page;
    }

    // The pick reaches the server asynchronously: wait until the field shows it and the list has closed, or a click right after may go without it.
    private static Task WaitPickedAsync(IPage page, string selector, string value) =>
        page.WaitForFunctionAsync("([selector, value]) => document.querySelector(selector)?.value === value && !document.querySelector('.mud-popover-open [role=option]')",
            new[] { selector, value });
}
