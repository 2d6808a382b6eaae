using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Reports.Schedules;
using CallCenter.Portal.Tests;
using ClosedXML.Excel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;

namespace CallCenter.Interop.Tests.Browser.Reports;

/// <summary>
/// A manager subscribes from the queue report page (its queue filter carried into the form), fixes a bad address, saves a
/// weekly subscription that the list then shows with its filter, schedule and recipients (and that landed in the database
/// as theirs), and "Send now" mails the workbook to a real SMTP server — the one the admin has just set on the settings page. The portal's clock says Saturday 2026-11-21 09:00
/// in Shanghai, so a weekly mail covers 9–15 November.
/// </summary>
public sealed class ReportSubscriptionPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Reports-manager-2";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-subscriptions-").FullName;
    private PortalProcess _portal = null!;
    private SmtpTestServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpTestServer.StartAsync();
        _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}", $"DemoData:UserPassword={Password}",
            "Engine:TimeZone=Asia/Shanghai", "Clock:StartAt=2026-11-21T09:00:00+08:00");
        // One hotline call on Thursday 12 November (10:00 in Shanghai), inside the week the mail covers.
        var at = new DateTime(2026, 11, 12, 2, 0, 0, DateTimeKind.Utc);
        await using var db = Db();
        db.QueueEvents.Add(new QueueEvent { At = at, CallId = "w1", Queue = "hotline", Event = QueueEventType.EnterQueue });
        db.QueueEvents.Add(new QueueEvent { At = at.AddSeconds(12), CallId = "w1", Queue = "hotline", Event = QueueEventType.Connect, WaitSeconds = 12, Agent = "8002" });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_manager_subscribes_from_the_queue_report_sees_it_listed_and_sends_it_now()
    {
        // The admin points the portal at the mail server (no restart: the next mail uses it).
        var admin = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(admin, "admin", Password, "/admin/settings");
        await Assertions.Expect(admin.Locator("#smtp-effective")).ToHaveAttributeAsync("data-host", "");
        await admin.Locator("#smtp-host").FillAsync("127.0.0.1");
        await admin.Locator("#smtp-port").FillAsync(_smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await admin.Locator(".mud-select").Filter(new() { HasText = "加密方式" }).First.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "不加密" }).ClickAsync();
        await admin.Locator("#smtp-from").FillAsync("reports@callcenter.example");
        await admin.Locator("#smtp-save").ClickAsync();
        await admin.Locator("#smtp-saved").WaitForAsync();
        await Assertions.Expect(admin.Locator("#smtp-effective")).ToHaveAttributeAsync("data-host", "127.0.0.1");
        await Assertions.Expect(admin.Locator("#smtp-effective")).ToHaveAttributeAsync("data-port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "manager", Password, "/reports/queue?from=2026-11-20&to=2026-11-20&queue=hotline");
        await page.Locator("#report-subscribe").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/reports/subscriptions");
        await PortalPages.WaitLiveAsync(page);
        await Assertions.Expect(page.Locator("#sub-queue")).ToHaveValueAsync("hotline");
        Assert.Equal(0, await page.Locator("#sub-agent").CountAsync()); // the queue report narrows by queue only

        await page.Locator(".mud-select").Filter(new() { HasText = "频率" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "每周" }).ClickAsync();
        await page.Locator("#sub-recipients").FillAsync("boss@example.com, not-an-address");
        await page.Locator("#sub-save").ClickAsync();
        await Assertions.Expect(page.Locator("#subscription-editor")).ToContainTextAsync("not-an-address 不是邮箱地址。");

        await page.Locator("#sub-recipients").FillAsync("boss@example.com\nteam@example.com");
        await page.Locator("#sub-save").ClickAsync();
        await Assertions.Expect(page.Locator("#subscriptions-message")).ToHaveTextAsync("订阅已保存。");
        var row = page.Locator("#subscriptions tr.subscription-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("队列报表");
        await Assertions.Expect(row.Locator(".sub-filters")).ToHaveTextAsync("队列: hotline");
        await Assertions.Expect(row.Locator(".sub-schedule")).ToHaveTextAsync("每星期一 08:00");
        await Assertions.Expect(row.Locator(".sub-recipients")).ToHaveTextAsync("boss@example.com, team@example.com");

        // What landed: the manager's weekly hotline subscription.
        await using (var db = Db())
        {
            var saved = await db.ReportSubscriptions.AsNoTracking().SingleAsync();
            Assert.Equal(("queue", "hotline", ReportFrequency.Weekly, DayOfWeek.Monday, "manager", true), (saved.Report, saved.Queue, saved.Frequency, saved.DayOfWeek, saved.Owner, saved.Enabled));
            Assert.Equal(["boss@example.com", "team@example.com"], saved.Recipients);
        }

        // Send now: last week's workbook arrives at the SMTP server, and the row says when it was sent.
        var id = await row.GetAttributeAsync("data-id");
        await page.Locator($"#sub-send-{id}").ClickAsync();
        var mail = await _smtp.NextAsync();
        await Assertions.Expect(page.Locator("#subscriptions-message")).ToContainTextAsync("已发送给 boss@example.com, team@example.com（2026-11-09 至 2026-11-15）");
        await Assertions.Expect(row.Locator(".sub-last")).ToContainTextAsync("已发送");
        Assert.Equal("队列报表 2026-11-09 至 2026-11-15", mail.Subject);
        Assert.Equal("reports@callcenter.example", mail.From.Mailboxes.Single().Address);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("queue-20261109-20261115.xlsx", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        content.Position = 0;
        using var book = new XLWorkbook(content);
        Assert.Equal(1.0, book.Worksheet(1).Cell(4, 4).GetDouble()); // hotline: 1 answered that week
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
        await _smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
