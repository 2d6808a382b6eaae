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
        await page.Locator("#palette-item-Answer").DragToAsync(page.Locator("#flow-editor-canvas"), new() { TargetPosition = new() { X = 420, Y = 200 } });
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
}
