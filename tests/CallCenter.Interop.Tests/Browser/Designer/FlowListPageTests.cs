using System.Text;
using CallCenter.Engine.Serialization;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Designer;

/// <summary>The designer's flow list in a real browser: create, export, import, duplicate and delete, read back from the store.</summary>
public sealed class FlowListPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private readonly DesignerPortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    private static string Json(Engine.Models.Flowchart root) => System.Text.Json.JsonSerializer.Serialize(root, WorkflowJsonOptions.Default);

    [Fact]
    public async Task A_new_flow_is_listed_as_draft_exported_and_imported_back_under_a_new_id_while_broken_json_changes_nothing()
    {
        var page = await _portal.SignInAsAdminAsync(chromium);

        await page.Locator("#designer-new-name").FillAsync("Night line 2");
        await Assertions.Expect(page.Locator("#designer-new-id")).ToHaveValueAsync("night-line-2");
        await page.Locator("#designer-create").ClickAsync();

        await page.Locator("#designer-message[data-failed=false]").WaitForAsync();
        var row = page.Locator("#flow-row-night-line-2[data-status=draft]");
        await row.WaitForAsync();
        Assert.Contains("草稿 v1", await page.Locator("tr", new() { Has = row }).InnerTextAsync());
        Assert.Contains("admin", await page.Locator("tr", new() { Has = row }).Locator(".flow-author").InnerTextAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#flow-export-night-line-2").ClickAsync());
        Assert.Equal("night-line-2.json", download.SuggestedFilename);
        var file = Path.Combine(_portal.Folder, "night-line-2.json");
        await download.SaveAsAsync(file);
        var exported = WorkflowJson.Parse(await File.ReadAllTextAsync(file));
        Assert.True(exported.Success, exported.Error);
        Assert.Equal(("night-line-2", "Night line 2"), (exported.Definition!.Id, exported.Definition.Name));
        Assert.Equal(["Start"], exported.Definition.Root.Activities.Select(a => a.Type));

        await page.Locator("#designer-import-id").FillAsync("night-line-3");
        await PortalPages.ChooseFilesAsync(page, "#designer-import-file", file);
        await page.Locator("#flow-row-night-line-3[data-status=draft]").WaitForAsync();
        Assert.Equal("false", await page.Locator("#designer-message").GetAttributeAsync("data-failed"));
        var imported = Assert.Single(await _portal.VersionsAsync("night-line-3"));
        Assert.Equal((1, false, "admin", "Night line 2"), (imported.Version, imported.Published, imported.Definition.ChangedBy, imported.Definition.Name));
        Assert.Equal(Json(exported.Definition.Root), Json(imported.Definition.Root));

        var rowsBefore = await page.Locator("td[data-flow]").CountAsync();
        await page.Locator("#designer-import-id").FillAsync("night-line-4");
        await PortalPages.ChooseFilesAsync(page, "#designer-import-file", new FilePayload
        {
            Name = "broken.json", MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes("{ \"id\": \"night-line-4\", \"root\": { "),
        });
        await page.Locator("#designer-message[data-failed=true]").WaitForAsync();
        Assert.Contains("JSON", await page.Locator("#designer-message").InnerTextAsync());
        Assert.Equal(rowsBefore, await page.Locator("td[data-flow]").CountAsync());
        Assert.Empty(await _portal.VersionsAsync("night-line-4"));
    }

    [Fact]
    public async Task The_routed_hotline_cannot_be_deleted_but_its_unrouted_duplicate_can()
    {
        var page = await _portal.SignInAsAdminAsync(chromium, locale: "en");
        var hotline = page.Locator("#flow-row-hotline-12345[data-status=published]");
        await hotline.WaitForAsync();
        Assert.Contains("12345", await page.Locator("tr", new() { Has = hotline }).Locator(".flow-numbers").InnerTextAsync());

        await page.Locator("#flow-delete-hotline-12345").ClickAsync();

        var refusal = page.Locator("#designer-message[data-failed=true]");
        await refusal.WaitForAsync();
        Assert.Contains("12345", await refusal.InnerTextAsync());
        Assert.Contains("route", await refusal.InnerTextAsync());
        Assert.NotEmpty(await _portal.VersionsAsync("hotline-12345"));

        await page.Locator("#flow-duplicate-hotline-12345").ClickAsync();
        await page.Locator("#flow-row-hotline-12345-copy[data-status=draft]").WaitForAsync();
        var copy = Assert.Single(await _portal.VersionsAsync("hotline-12345-copy"));
        var original = (await _portal.VersionsAsync("hotline-12345")).Single(v => v.Published);
        Assert.Equal(Json(original.Definition.Root), Json(copy.Definition.Root));

        await page.Locator("#flow-delete-hotline-12345-copy").ClickAsync();
        await page.Locator("#designer-delete-confirm").ClickAsync();

        await page.Locator("#flow-row-hotline-12345-copy").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Empty(await _portal.VersionsAsync("hotline-12345-copy"));
        Assert.Equal(1, await page.Locator("#flow-row-hotline-12345").CountAsync());
    }
}
