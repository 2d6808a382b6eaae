using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Designer;

/// <summary>
/// The flow editor in a real browser: drag an activity from the palette, draw a connection, save, publish (refused
/// while the start leads nowhere, naming it), history; what was published is what the canvas showed.
/// </summary>
public sealed class FlowEditorPageTests(HeadlessChromium chromium) : IClassFixture<HeadlessChromium>, IAsyncLifetime
{
    private readonly DesignerPortal _portal = new();

    public Task InitializeAsync() => _portal.InitializeAsync();

    public Task DisposeAsync() => _portal.DisposeAsync();

    private static async Task<(float X, float Y)> CenterAsync(ILocator element)
    {
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException("not visible");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    private static async Task DragAsync(IPage page, ILocator from, ILocator to)
    {
        var (x1, y1) = await CenterAsync(from);
        var (x2, y2) = await CenterAsync(to);
        await page.Mouse.MoveAsync(x1, y1);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((x1 + x2) / 2, (y1 + y2) / 2, new() { Steps = 5 });
        await page.Mouse.MoveAsync(x2, y2, new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    [Fact]
    public async Task Admin_draws_a_flow_is_refused_while_the_start_leads_nowhere_then_publishes_v1_seen_in_history()
    {
        var page = await _portal.SignInAsAdminAsync(chromium);
        await page.Locator("#designer-new-name").FillAsync("Drawn flow");
        await page.Locator("#designer-create").ClickAsync();
        await page.Locator("#flow-open-drawn-flow").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/designer/drawn-flow");
        await page.Locator("[data-node-id='start']").WaitForAsync();

        // Drag "Answer" from the palette onto the canvas, then save.
        await page.Locator("#palette-Answer").DragToAsync(page.Locator("#flow-editor-canvas"), new() { TargetPosition = new() { X = 420, Y = 200 } });
        await page.Locator("[data-node-id='answer1']").WaitForAsync();
        await page.Locator("#designer-save").ClickAsync();
        await page.Locator("#designer-saved[data-dirty=false]").WaitForAsync();
        Assert.Contains("已保存", await page.Locator("#designer-saved").InnerTextAsync());
        var draft = Assert.Single(await _portal.VersionsAsync("drawn-flow"));
        Assert.Equal(["answer1", "start"], draft.Definition.Root.Activities.Select(a => a.Id).Order());

        // Publishing is refused: nothing follows the start, and the message names it.
        await page.Locator("#designer-publish").ClickAsync();
        var refusal = page.Locator(".designer-refusal[data-problem-node='start']");
        await refusal.WaitForAsync();
        Assert.Contains("(start)", await refusal.InnerTextAsync());
        Assert.Contains("Done", await refusal.InnerTextAsync());
        Assert.DoesNotContain(await _portal.VersionsAsync("drawn-flow"), v => v.Published);

        // Connect start/Done → answer1 by dragging; auto-save stores it 2 s later without a click.
        await DragAsync(page, page.Locator("[data-port-id='start/Done']"), page.Locator("[data-node-id='answer1']"));
        await page.Locator("[data-port-id='start/Done'].has-links").WaitForAsync();
        await page.Locator("#designer-saved[data-dirty=true]").WaitForAsync();
        await page.Locator("#designer-saved[data-dirty=false]").WaitForAsync();
        var saved = Assert.Single(await _portal.VersionsAsync("drawn-flow"));
        Assert.Contains(saved.Definition.Root.Connections, c => c is { Source: "start", Outcome: "Done", Target: "answer1" });

        // Publish with a note: v1, listed in the history with who and why.
        await page.Locator("#designer-publish").ClickAsync();
        await page.Locator("#designer-note").FillAsync("first release");
        await page.Locator("#designer-publish-confirm").ClickAsync();
        await page.Locator("#designer-message[data-failed=false]").WaitForAsync();
        Assert.Contains("v1", await page.Locator("#designer-message").InnerTextAsync());
        Assert.Equal("1", await page.Locator("#designer-version").GetAttributeAsync("data-published"));
        await page.Locator("#designer-history").ClickAsync();
        var history = page.Locator("#history-row-1[data-published=true]");
        await history.WaitForAsync();
        Assert.Equal("admin", (await history.Locator(".history-who").InnerTextAsync()).Trim());
        Assert.Equal("first release", (await history.Locator(".history-note").InnerTextAsync()).Trim());

        // The published version is what the canvas shows.
        var canvasNodes = await page.Locator("#flow-editor-canvas [data-node-id]").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.getAttribute('data-node-id'))");
        var published = Assert.Single(await _portal.VersionsAsync("drawn-flow"));
        Assert.Equal((1, true, "admin", "first release"), (published.Version, published.Published, published.Definition.ChangedBy, published.Definition.Note));
        Assert.Equal(canvasNodes.Order(), published.Definition.Root.Activities.Select(a => a.Id).Order());
        Assert.Equal([("start", "Done", "answer1")], published.Definition.Root.Connections.Select(c => (c.Source, c.Outcome, c.Target)));
    }

    [Fact]
    public async Task Editing_a_published_flow_drafts_v2_and_leaves_v1_running_then_v1_opens_read_only_and_is_restored_as_the_draft()
    {
        var page = await _portal.SignInAsAdminAsync(chromium, "/designer/conference-room");
        var start = page.Locator("[data-node-id='start']");
        await start.WaitForAsync();
        Assert.Equal("1", await page.Locator("#designer-version").GetAttributeAsync("data-version"));

        // Move the start node: 2 s later the change is saved as draft v2; the published v1 is untouched.
        var (x, y) = await CenterAsync(start.Locator(".flow-node-title"));
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + 30, y + 90, new() { Steps = 6 });
        await page.Mouse.UpAsync();
        await page.Locator("#designer-version[data-version='2']").WaitForAsync();
        var versions = await _portal.VersionsAsync("conference-room");
        Assert.Equal([(1, true), (2, false)], versions.Select(v => (v.Version, v.Published)));
        var v1Start = versions[0].Definition.Root.Activities.Single(a => a.Id == "start").Position;
        var v2Start = versions[1].Definition.Root.Activities.Single(a => a.Id == "start").Position;
        Assert.NotEqual(v1Start, v2Start);
        Assert.Equal("admin", versions[1].Definition.ChangedBy);

        // History: open v1 read-only, then restore it as the draft.
        await page.Locator("#designer-history").ClickAsync();
        await page.Locator("#history-row-2[data-published=false]").WaitForAsync();
        await page.Locator("#history-open-1").ClickAsync();
        await page.Locator("#designer-readonly").WaitForAsync();
        Assert.True(await page.Locator("#designer-save").IsDisabledAsync());
        Assert.True(await page.Locator("#designer-publish").IsDisabledAsync());
        await page.Locator("#designer-restore").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/designer/conference-room");
        await page.Locator("#designer-message[data-failed=false]").WaitForAsync();
        await page.Locator("#designer-readonly").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        versions = await _portal.VersionsAsync("conference-room");
        Assert.Equal([(1, true), (2, false)], versions.Select(v => (v.Version, v.Published)));
        Assert.Equal(v1Start, versions[1].Definition.Root.Activities.Single(a => a.Id == "start").Position);
        Assert.Equal("2", await page.Locator("#designer-version").GetAttributeAsync("data-version"));
    }
}
