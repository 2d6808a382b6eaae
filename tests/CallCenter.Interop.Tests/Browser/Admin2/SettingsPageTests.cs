using System.Text.Json;
using CallCenter.Portal.Tests;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin2;

/// <summary>The system settings page in a real browser: saved values land in data/settings.json and come back through the configuration.</summary>
public sealed class SettingsPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private const string Password = "Admin2-settings-1";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-settings-").FullName;
    private PortalProcess _portal = null!;

    public async Task InitializeAsync() => _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), $"Portal:AdminPassword={Password}");

    [Fact]
    public async Task Retention_days_are_saved_to_the_settings_file_and_read_back_after_reload()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/admin/settings");
        Assert.Equal("0", await page.Locator("#settings-retention-effective").GetAttributeAsync("data-days"));

        await page.Locator("#settings-retention-days").FillAsync("30");
        await page.Locator("#settings-retention-save").ClickAsync();
        await page.Locator("#settings-message[data-failed=false]").WaitForAsync();

        using (var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "data", "settings.json"))))
            Assert.Equal("30.00:00:00", file.RootElement.GetProperty("Ivr").GetProperty("RecordingRetention").GetString());
        // The configuration reloads the file by itself (the page watches it); then a fresh page reads 30 back.
        await page.Locator("#settings-retention-effective[data-days='30']").WaitForAsync();
        await page.ReloadAsync();
        await PortalPages.WaitLiveAsync(page);
        Assert.Equal("30", await page.Locator("#settings-retention-days").InputValueAsync());
    }

    [Fact]
    public async Task A_custom_field_saved_here_labels_the_column_on_the_customers_page()
    {
        var page = await chromium.NewPageAsync(_portal.Address);
        await PortalPages.SignInAsync(page, "admin", Password, "/admin/settings");
        await page.Locator("#field-key").FillAsync("district");
        await page.Locator("#field-label-zh").FillAsync("所属区县");
        await page.Locator("#field-label-en").FillAsync("District");
        await page.Locator("#field-add").ClickAsync();
        await page.Locator("#settings-fields tr[data-field=district]").WaitForAsync();
        await page.Locator("#settings-fields-save").ClickAsync();
        await page.Locator("#settings-message[data-failed=false]").WaitForAsync();

        using (var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "data", "settings.json"))))
        {
            var field = Assert.Single(file.RootElement.GetProperty("Customers").GetProperty("Fields").EnumerateArray());
            Assert.Equal(("district", "所属区县"), (field.GetProperty("Key").GetString(), field.GetProperty("LabelZh").GetString()));
        }
        // Without a restart the customers page shows the label as a column (once the configuration has reloaded the file).
        await page.Locator("#settings-fields-effective[data-count='1']").WaitForAsync();
        await page.GotoAsync("/customers");
        await PortalPages.WaitLiveAsync(page);
        await page.Locator("th").Filter(new() { HasText = "所属区县" }).WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
