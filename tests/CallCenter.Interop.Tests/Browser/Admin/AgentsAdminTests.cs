using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin;

/// <summary>/admin/agents in headless Chromium against the real Portal: an admin creates an agent and the live ACD knows them at once; a taken number is refused next to the field.</summary>
public sealed class AgentsAdminTests(HeadlessChromium chromium, AdminPortal admin) : IClassFixture<HeadlessChromium>, IClassFixture<AdminPortal>
{
    [Fact]
    public async Task Admin_creates_agent_8009_with_skill_and_local_dial_permission_and_the_live_ACD_knows_them()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin/agents");
        await page.Locator("#agent-new").ClickAsync();
        await page.Locator("#agent-number").FillAsync("8009");
        await page.Locator("#agent-name").FillAsync("王芳 Wang Fang");
        await AdminPortal.PickAsync(page, "agent-extension", "1006");
        await page.Locator("#agent-skill-0").FillAsync("hotline");
        await page.Locator("#agent-skill-level-0").FillAsync("2");
        await page.Locator("#agent-groups").FillAsync("night-team");
        await AdminPortal.PickAsync(page, "agent-dial", "市话");
        await page.Locator("#agent-save").ClickAsync();

        var row = page.Locator("#agents-table tr", new PageLocatorOptions { Has = page.Locator("td[data-agent='8009']") });
        await row.WaitForAsync();
        Assert.Contains("hotline 2", await row.InnerTextAsync());
        Assert.Equal("Local", await row.Locator("td[data-dial]").GetAttributeAsync("data-dial"));
        Assert.Equal("LoggedOut", await row.Locator("td[data-status]").GetAttributeAsync("data-status"));

        using var http = admin.Portal.CreateClient();
        using var saved = JsonDocument.Parse(await http.GetStringAsync("/api/v1/agents/8009"));
        Assert.Equal("王芳 Wang Fang", saved.RootElement.GetProperty("name").GetString());
        Assert.Equal("1006", saved.RootElement.GetProperty("extension").GetString());
        Assert.Equal("Local", saved.RootElement.GetProperty("dialPermission").GetString());
        var skill = Assert.Single(saved.RootElement.GetProperty("skills").EnumerateArray());
        Assert.Equal(("hotline", 2), (skill.GetProperty("skill").GetString(), skill.GetProperty("level").GetInt32()));
        Assert.Equal(["night-team"], saved.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));

        using var live = await http.GetAsync("/api/v1/acd/agents/8009");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Contains("1006", await live.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Creating_an_agent_with_a_taken_number_shows_the_error_next_to_the_number_and_creates_nothing()
    {
        using var http = admin.Portal.CreateClient();
        var before = await http.GetStringAsync("/api/v1/agents/8001");
        var count = JsonDocument.Parse(await http.GetStringAsync("/api/v1/agents")).RootElement.GetArrayLength();

        var page = await admin.SignInAsAdminAsync(chromium, "/admin/agents");
        await page.Locator("#agent-new").ClickAsync();
        await page.Locator("#agent-number").FillAsync("8001");
        await page.Locator("#agent-name").FillAsync("Someone else");
        await page.Locator("#agent-save").ClickAsync();

        var error = page.Locator("#agent-editor .mud-input-control", new PageLocatorOptions { Has = page.Locator("#agent-number") }).Locator(".mud-input-error");
        await error.Filter(new LocatorFilterOptions { HasText = "工号 8001 已被使用。" }).WaitForAsync();
        Assert.True(await page.Locator("#agent-editor").IsVisibleAsync());
        Assert.Equal(before, await http.GetStringAsync("/api/v1/agents/8001"));
        Assert.Equal(count, JsonDocument.Parse(await http.GetStringAsync("/api/v1/agents")).RootElement.GetArrayLength());
    }
}
