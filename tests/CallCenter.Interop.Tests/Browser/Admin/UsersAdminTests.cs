using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin;

/// <summary>/admin/users in headless Chromium against the real Portal: a user created in the page signs in with their role; an admin keeps their own Admin role; a new password set by the admin works.</summary>
public sealed class UsersAdminTests(HeadlessChromium chromium, AdminPortal admin) : IClassFixture<HeadlessChromium>, IClassFixture<AdminPortal>
{
    [Fact]
    public async Task A_new_agent_user_linked_to_8009_signs_in_reaches_the_desk_and_is_denied_the_administration()
    {
        using var http = admin.Portal.CreateClient();
        using var created = await http.PostAsJsonAsync("/api/v1/agents", new { number = "8009", name = "王芳 Wang Fang" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await admin.SignInAsAdminAsync(chromium, "/admin/users");
        await page.Locator("#user-new").ClickAsync();
        await page.Locator("#user-name").FillAsync("wangfang");
        await page.Locator("#user-display-name").FillAsync("王芳");
        await AdminPortal.PickAsync(page, "user-agent", "8009 王芳 Wang Fang");
        Assert.True(await page.Locator("#user-role-Agent").IsCheckedAsync());
        await page.Locator("#user-password").FillAsync("short1");
        await page.Locator("#user-save").ClickAsync();
        await page.Locator("#user-editor .mud-input-error").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("#users-table td[data-user='wangfang']").CountAsync());

        await page.Locator("#user-password").FillAsync("Wang-fang-2026");
        await page.Locator("#user-save").ClickAsync();
        var row = page.Locator("#users-table tr", new PageLocatorOptions { Has = page.Locator("td[data-user='wangfang']") });
        await row.WaitForAsync();
        Assert.Equal("Agent", await row.Locator("td[data-roles]").GetAttributeAsync("data-roles"));
        Assert.Equal("8009", await row.Locator("td[data-agent]").GetAttributeAsync("data-agent"));

        var agent = await chromium.NewPageAsync(admin.Portal.Address);
        await PortalPages.SignInAsync(agent, "wangfang", "Wang-fang-2026", "/desk");
        Assert.Equal("/desk", new Uri(agent.Url).AbsolutePath);
        await agent.Locator("#agent-login").WaitForAsync();
        await agent.GotoAsync("/admin/users");
        await agent.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/denied");
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_Admin_role_and_nothing_of_the_change_is_saved()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin/users");
        await page.Locator("#user-edit-admin").ClickAsync();
        await page.Locator("#user-role-Supervisor").CheckAsync();
        await page.Locator("#user-role-Admin").UncheckAsync();
        await page.Locator("#user-save").ClickAsync();
        await page.Locator("#user-roles-error").Filter(new LocatorFilterOptions { HasText = "不能取消自己的管理员角色" }).WaitForAsync();

        await page.ReloadAsync();
        await PortalPages.WaitLiveAsync(page);
        Assert.Equal("Admin", await page.Locator("#users-table tr", new PageLocatorOptions { Has = page.Locator("td[data-user='admin']") })
            .Locator("td[data-roles]").GetAttributeAsync("data-roles"));
    }

    [Fact]
    public async Task A_new_password_set_by_the_admin_replaces_the_old_one()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin/users");
        await page.Locator("#user-edit-supervisor").ClickAsync();
        await page.Locator("#user-new-password").FillAsync("Night-shift-2027");
        await page.Locator("#user-set-password").ClickAsync();
        await page.Locator("#user-editor").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        var old = await chromium.NewPageAsync(admin.Portal.Address);
        await old.GotoAsync("/login");
        await old.Locator("#userName").FillAsync("supervisor");
        await old.Locator("#password").FillAsync(AdminPortal.UserPassword);
        await old.Locator("#sign-in").ClickAsync();
        await old.WaitForURLAsync(url => new Uri(url).Query.Contains("error=invalid", StringComparison.Ordinal));

        var supervisor = await chromium.NewPageAsync(admin.Portal.Address);
        await PortalPages.SignInAsync(supervisor, "supervisor", "Night-shift-2027", "/wallboard");
        Assert.Equal("/wallboard", new Uri(supervisor.Url).AbsolutePath);
    }
}
