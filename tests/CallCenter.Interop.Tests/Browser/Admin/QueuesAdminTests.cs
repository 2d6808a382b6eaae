using System.Text.Json;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Admin;

/// <summary>/admin/queues in headless Chromium against the real Portal: an edited queue is saved and live in the ACD at once; a new queue with members is created.</summary>
public sealed class QueuesAdminTests(HeadlessChromium chromium, AdminPortal admin) : IClassFixture<HeadlessChromium>, IClassFixture<AdminPortal>
{
    [Fact]
    public async Task Admin_changes_the_hotline_strategy_and_ring_time_and_the_live_ACD_uses_them_at_once()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin/queues");
        await page.Locator("#queue-edit-hotline").ClickAsync();
        await AdminPortal.PickAsync(page, "queue-strategy", "轮流分配");
        await page.Locator("#queue-editor").GetByText("座席按顺序轮流接听。").WaitForAsync();
        await page.Locator("#queue-ringTimeoutSeconds").FillAsync("25");
        await page.Locator("#queue-save").ClickAsync();

        var row = page.Locator("#queues-table tr", new PageLocatorOptions { Has = page.Locator("td[data-queue='hotline']") });
        await row.Locator("td[data-strategy=RoundRobin]").WaitForAsync();
        Assert.Equal("25", await row.Locator("td[data-ring-timeout]").GetAttributeAsync("data-ring-timeout"));

        using var http = admin.Portal.CreateClient();
        using var saved = JsonDocument.Parse(await http.GetStringAsync("/api/v1/queues/hotline"));
        Assert.Equal("RoundRobin", saved.RootElement.GetProperty("strategy").GetString());
        Assert.Equal(25, saved.RootElement.GetProperty("ringTimeoutSeconds").GetInt32());
        Assert.Equal("政务热线 / Government hotline", saved.RootElement.GetProperty("displayName").GetString());
        using var live = JsonDocument.Parse(await http.GetStringAsync("/api/v1/acd/queues/hotline"));
        Assert.Equal("RoundRobin", live.RootElement.GetProperty("strategy").GetString());
    }

    [Fact]
    public async Task Admin_creates_a_queue_with_a_group_member_and_announcements_and_the_ACD_knows_it()
    {
        var page = await admin.SignInAsAdminAsync(chromium, "/admin/queues");
        await page.Locator("#queue-new").ClickAsync();
        await page.Locator("#queue-name").FillAsync("complaints");
        await page.Locator("#queue-displayName").FillAsync("投诉 / Complaints");
        await AdminPortal.PickAsync(page, "queue-strategy", "按技能分配");
        await page.Locator("#queue-announcePosition").CheckAsync();
        await page.Locator("#queue-add-member").ClickAsync();
        await AdminPortal.PickAsync(page, "queue-member-0", "班组 hotline-team");
        await page.Locator("#queue-save").ClickAsync();

        await page.Locator("#queues-table td[data-queue='complaints']").WaitForAsync();
        using var http = admin.Portal.CreateClient();
        using var saved = JsonDocument.Parse(await http.GetStringAsync("/api/v1/queues/complaints"));
        Assert.Equal("SkillsBased", saved.RootElement.GetProperty("strategy").GetString());
        Assert.True(saved.RootElement.GetProperty("announcePosition").GetBoolean());
        Assert.Contains("hotline-team", saved.RootElement.GetProperty("members").GetRawText());
        using var live = JsonDocument.Parse(await http.GetStringAsync("/api/v1/acd/queues/complaints"));
        Assert.Equal("SkillsBased", live.RootElement.GetProperty("strategy").GetString());
    }
}
