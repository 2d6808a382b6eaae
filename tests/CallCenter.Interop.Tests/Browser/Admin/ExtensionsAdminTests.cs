using System.Text.Json;
using CallCenter.Interop.Tests.Sip;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin;

/// <summary>
/// /admin/extensions in headless Chromium against the real Portal and its SIP registrar: a SIP password reset shows the
/// new password once, SIPp registers with it and no longer with the old one; a new extension's first password registers;
/// forwarding saved in the page is what the API reads.
/// </summary>
public sealed class ExtensionsAdminTests(HeadlessChromium chromium) : SipPortalTest, IClassFixture<HeadlessChromium>
{
    private const string OldPassword = "Interop-Pass-1004";

    protected override string[] Settings => [$"DemoData:ExtensionPassword={OldPassword}", $"Portal:AdminPassword={AdminPortal.AdminPassword}"];

    [Fact]
    public async Task A_reset_SIP_password_is_shown_once_registers_and_the_old_one_no_longer_does()
    {
        var page = await chromium.NewPageAsync(Portal.Address);
        await PortalPages.SignInAsync(page, "admin", AdminPortal.AdminPassword, "/admin/extensions");
        await page.Locator("#extension-reset-1004").ClickAsync();
        await page.Locator("#extension-reset-confirm-1004").ClickAsync();
        var password = await page.Locator("#extension-password").InnerTextAsync();
        Assert.Equal(16, password.Length);
        Assert.Contains("1004", await page.Locator("#extension-password-panel").InnerTextAsync());

        var old = await Sipp.RunAsync(Udp, "register_digest.xml", "u1", "-s", "1004", "-au", "1004", "-ap", OldPassword);
        Assert.Contains("FINAL 403", old.Log);
        var fresh = await Sipp.RunAsync(Udp, "register_digest.xml", "u1", "-s", "1004", "-au", "1004", "-ap", password);
        Assert.True(fresh.ExitCode == 0, $"SIPp exit {fresh.ExitCode}\n{fresh.Output}\n{fresh.Log}");
        Assert.Contains("FINAL 200", fresh.Log);

        // Shown once: a fresh page has no password on it.
        await page.ReloadAsync();
        await PortalPages.WaitLiveAsync(page);
        Assert.Equal(0, await page.Locator("#extension-password").CountAsync());
        Assert.Equal("true", await page.Locator("#extensions-table td[data-extension='1004'] ~ td[data-registered]").GetAttributeAsync("data-registered"));
    }

    [Fact]
    public async Task A_new_extension_registers_with_its_first_password_and_its_forwarding_is_saved()
    {
        var page = await chromium.NewPageAsync(Portal.Address);
        await PortalPages.SignInAsync(page, "admin", AdminPortal.AdminPassword, "/admin/extensions");
        await page.Locator("#extension-new").ClickAsync();
        await page.Locator("#extension-number").FillAsync("1009");
        await page.Locator("#extension-name").FillAsync("前台 Reception");
        await page.Locator("#extension-save").ClickAsync();
        var password = await page.Locator("#extension-password").InnerTextAsync();
        await page.Locator("#extensions-table td[data-extension='1009']").WaitForAsync();

        var run = await Sipp.RunAsync(Udp, "register_digest.xml", "u1", "-s", "1009", "-au", "1009", "-ap", password);
        Assert.Contains("FINAL 200", run.Log);

        await page.Locator("#extension-forwarding-1009").ClickAsync();
        await page.Locator("#forwarding-busy").FillAsync("1002");
        await page.Locator("#forwarding-no-answer").FillAsync("13800138000");
        await page.Locator("#forwarding-save").ClickAsync();
        await page.Locator("#forwarding-editor").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Contains("1002", await page.Locator("#extensions-table td[data-extension='1009'] ~ td[data-forwarding]").InnerTextAsync());

        using var http = Portal.CreateClient();
        using var forwarding = JsonDocument.Parse(await http.GetStringAsync("/api/v1/extensions/1009/forwarding"));
        Assert.Equal("1002", forwarding.RootElement.GetProperty("busy").GetString());
        Assert.Equal("13800138000", forwarding.RootElement.GetProperty("noAnswer").GetString());
        Assert.Equal(JsonValueKind.Null, forwarding.RootElement.GetProperty("always").ValueKind);
    }
}
