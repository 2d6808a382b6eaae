using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin2;

/// <summary>The business-hours page in a real browser, on a portal whose clock is set: a holiday added for today turns "now" into Holiday.</summary>
public sealed class CalendarPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Admin2-calendar-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-calendar-").FullName;
    private PortalProcess _portal = null!;

    // A Wednesday, 10:00 in Beijing: the demo "12345" calendar is open (08:30-12:00, 13:30-17:30 on weekdays).
    public async Task InitializeAsync() => _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90),
        $"Portal:AdminPassword={Password}", "Engine:TimeZone=Asia/Shanghai", "Clock:StartAt=2026-07-15T10:00:00+08:00");

    [Fact]
    public async Task A_holiday_added_for_today_makes_the_now_line_say_Holiday()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/admin/calendars");
        var now = page.Locator("#calendar-now");
        Assert.Equal("Open", await now.GetAttributeAsync("data-status"));
        Assert.Contains("营业中", await now.InnerTextAsync());

        await page.Locator("#day-date").FillAsync("2026-07-15");
        await page.Locator("#day-name").FillAsync("测试停业日");
        await page.Locator("#day-add").ClickAsync();

        await page.Locator("#calendar-now[data-status=Holiday]").WaitForAsync();
        Assert.Contains("节假日", await now.InnerTextAsync());
        Assert.Contains("测试停业日", await page.Locator("#calendar-days tr[data-date='2026-07-15']").InnerTextAsync());

        // What landed: the day is in the database as a holiday of the 12345 calendar.
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Mode=ReadOnly");
        await db.OpenAsync();
        var query = db.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM calendar_days d JOIN business_calendars c ON c.Id = d.CalendarId WHERE c.Name = '12345' AND d.Date = '2026-07-15' AND d.Kind = 'Holiday' AND d.Name = '测试停业日'";
        Assert.Equal(1L, (long)(await query.ExecuteScalarAsync())!);
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
