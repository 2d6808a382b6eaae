using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin2;

/// <summary>The numbers → flows page in a real browser: a new service number routed to a published flow is saved and read back.</summary>
public sealed class RoutePageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Admin2-routes-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-routes-").FullName;
    private PortalProcess _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}");

    [Fact]
    public async Task A_route_from_95555_to_the_hotline_flow_is_saved_and_read_back()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/admin/routes");

        await page.Locator("#route-number").FillAsync("95555");
        await page.Locator("#route-pattern").FillAsync("0755*");
        await page.Locator(".mud-select").Filter(new() { HasText = "流程" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "hotline-12345", Exact = false }).ClickAsync();
        await PortalPages.WaitPickedAsync(page, "hotline-12345");
        await page.Locator("#route-save").ClickAsync();

        await page.Locator("#route-message[data-failed=false]").WaitForAsync();
        var row = page.Locator(".route-number[data-number='95555']");
        Assert.Equal("hotline-12345", await row.GetAttributeAsync("data-flow"));

        // Read back: a fresh page shows it, and the database holds it as the resolver reads it.
        await page.ReloadAsync();
        await PortalPages.WaitLiveAsync(page);
        Assert.Equal("hotline-12345", await page.Locator(".route-number[data-number='95555']").GetAttributeAsync("data-flow"));
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Mode=ReadOnly");
        await db.OpenAsync();
        var query = db.CreateCommand();
        query.CommandText = "SELECT WorkflowDefinitionId || '|' || CallerPattern || '|' || Enabled FROM inbound_routes WHERE CalledNumber = '95555'";
        Assert.Equal("hotline-12345|0755*|1", (string?)await query.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
