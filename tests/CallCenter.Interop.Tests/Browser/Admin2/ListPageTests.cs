using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin2;

/// <summary>The blacklist/whitelist page in a real browser: a number added to the blacklist is then refused by the check.</summary>
public sealed class ListPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Admin2-lists-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-lists-").FullName;
    private PortalProcess _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}");

    [Fact]
    public async Task A_number_added_to_the_blacklist_is_then_refused_by_the_check()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/admin/lists");

        await page.Locator("#list-test-number").FillAsync("13900000000");
        await page.Locator("#list-test").ClickAsync();
        await page.Locator("#list-test-result[data-verdict=Normal]").WaitForAsync();

        await page.Locator("#list-pattern").FillAsync("139-0000-0000");
        await page.Locator("#list-reason").FillAsync("骚扰电话");
        await page.Locator("#list-add").ClickAsync();
        await page.Locator(".list-pattern[data-pattern='13900000000'][data-kind=Blacklist]").WaitForAsync();

        await page.Locator("#list-test").ClickAsync();
        var result = page.Locator("#list-test-result[data-verdict=Blocked]");
        await result.WaitForAsync();
        Assert.Contains("会被拒绝", await result.InnerTextAsync());

        await using var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Mode=ReadOnly");
        await db.OpenAsync();
        var query = db.CreateCommand();
        query.CommandText = "SELECT Kind || '|' || Reason FROM list_entries WHERE Pattern = '13900000000'";
        Assert.Equal("Blacklist|骚扰电话", (string?)await query.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
