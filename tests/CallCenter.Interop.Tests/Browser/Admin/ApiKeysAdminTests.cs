using System.Net;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin;

/// <summary>/admin/api-keys in headless Chromium against the real Portal: a key made in the page works at the API until it is revoked there.</summary>
public sealed class ApiKeysAdminTests(HeadlessChromium chromium, AdminPortal admin) : IClassFixture<HeadlessChromium>, IClassFixture<AdminPortal>
{
    [Fact]
    public async Task A_key_created_in_the_page_reads_the_queues_and_gets_401_once_revoked()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin/api-keys");
        await page.Locator("#key-new").ClickAsync();
        await page.Locator("#key-name").FillAsync("crm");
        await page.Locator("#key-role-Supervisor").CheckAsync();
        await page.Locator("#key-save").ClickAsync();
        var secret = await page.Locator("#key-secret").InnerTextAsync();
        var row = page.Locator("#keys-table tr", new PageLocatorOptions { Has = page.Locator("td[data-key='crm']") });
        await row.WaitForAsync();
        Assert.Contains(secret[..8], await row.InnerTextAsync());
        Assert.DoesNotContain(secret, await row.InnerTextAsync());

        using var http = admin.Portal.CreateClient(secret);
        using (var allowed = await http.GetAsync("/api/v1/queues"))
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        await row.Locator("button[id^='key-revoke-']").ClickAsync();
        await row.Locator("button[id^='key-revoke-confirm-']").ClickAsync();
        await row.Locator("td[data-revoked=true]").WaitForAsync();
        using var refused = await http.GetAsync("/api/v1/queues");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_key_needs_a_name_and_a_role_and_nothing_is_created_without()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin/api-keys");
        var before = await page.Locator("#keys-table td[data-key]").CountAsync();
        await page.Locator("#key-new").ClickAsync();
        await page.Locator("#key-save").ClickAsync();
        await page.Locator("#key-roles-error").Filter(new LocatorFilterOptions { HasText = "至少选择一个角色" }).WaitForAsync();
        Assert.Contains("必填", await page.Locator("#key-editor .mud-input-error").First.InnerTextAsync());
        Assert.Equal(0, await page.Locator("#key-secret").CountAsync());
        Assert.Equal(before, await page.Locator("#keys-table td[data-key]").CountAsync());
    }
}
