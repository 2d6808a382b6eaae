using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Designer;

/// <summary>
/// The round trip: an admin draws Answer → Menu (1, 2) → Play "one" / Play "two" → Hangup in headless Chromium
/// (palette drags, port-to-node drags, the property panel), is refused publishing while option 2 leads nowhere (the
/// error names the menu), connects it and publishes, routes 7000 to it on the routes page, and a
/// SIPp caller to 7000 pressing 2 follows the "2" branch — read back from the calls API (path and prompts spoken); then
/// the call's replay shows its path and key, today's figures count it per node, and the simulator runs the same flow
/// with key 1: the "one" prompt's text shows and the path is drawn.
/// </summary>
public sealed class DesignedFlowWithSippTests(HeadlessChromium chromium) : IvrSippTest, IClassFixture<HeadlessChromium>
{
    private const string Password = "Designer-e2e-2026";

    protected override string[] ExtraSettings => [$"Portal:AdminPassword={Password}"];

    private static async Task<(float X, float Y)> CenterAsync(ILocator element)
    {
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException("not visible");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>Draws a connection: presses on the port and releases over the target node, in steps as a hand would.</summary>
    private static async Task ConnectAsync(IPage page, string port, string node)
    {
        var (x1, y1) = await CenterAsync(page.Locator($"[data-port-id='{port}']"));
        var (x2, y2) = await CenterAsync(page.Locator($"[data-node-id='{node}']"));
        await page.Mouse.MoveAsync(x1, y1);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((x1 + x2) / 2, (y1 + y2) / 2, new() { Steps = 5 });
        await page.Mouse.MoveAsync(x2, y2, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.Locator($"[data-port-id='{port}'].has-links").WaitForAsync();
    }

    private static async Task DropAsync(IPage page, string type, string expectedId, int x, int y)
    {
        await page.Locator($"#palette-{type}").DragToAsync(page.Locator("#flow-editor-canvas"), new() { TargetPosition = new() { X = x, Y = y } });
        await page.Locator($"[data-node-id='{expectedId}']").WaitForAsync();
    }

    private static async Task SelectAsync(IPage page, string node)
    {
        await page.Locator($"[data-node-id='{node}']").ClickAsync();
        // The panel of this node, not the previous one still shown: typing before it swaps would edit the wrong node.
        await page.Locator($"#property-panel[data-node='{node}']").WaitForAsync();
    }

    [Fact]
    public async Task A_drawn_and_published_menu_flow_routed_to_7000_sends_a_caller_pressing_2_down_the_2_branch()
    {
        var page = await chromium.NewPageAsync(ApiAddress);
        await page.SetViewportSizeAsync(1600, 1000);
        await PortalPages.SignInAsync(page, "admin", Password, "/designer");
        await page.Locator("#designer-new-name").FillAsync("IVR 7000");
        await page.Locator("#designer-create").ClickAsync();
        await page.Locator("#flow-open-ivr-7000").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/designer/ivr-7000");
        await page.Locator("[data-node-id='start']").WaitForAsync();

        await DropAsync(page, "Answer", "answer1", 80, 260);
        await DropAsync(page, "Menu", "menu1", 320, 260);
        await DropAsync(page, "Play", "play1", 580, 120);
        await DropAsync(page, "Play", "play2", 580, 400);
        await DropAsync(page, "Hangup", "hangup1", 840, 260);

        // The menu's options, typed in the property panel: one port appears per option.
        await SelectAsync(page, "menu1");
        await page.Locator("#prop-text").FillAsync("请按1或2");
        await page.Locator("#prop-options-add").ClickAsync();
        await page.Locator("#prop-options-0-digit").FillAsync("1");
        await page.Locator("#prop-options-add").ClickAsync();
        await page.Locator("#prop-options-1-digit").FillAsync("2");
        await page.Locator("[data-port-id='menu1/2']").WaitForAsync();
        await SelectAsync(page, "play1");
        await page.Locator("#prop-text").FillAsync("one");
        await SelectAsync(page, "play2");
        await page.Locator("#prop-text").FillAsync("two");

        await page.Locator("#flow-fit").ClickAsync(); // every node in view before drawing the connections
        await ConnectAsync(page, "start/Done", "answer1");
        await ConnectAsync(page, "answer1/Done", "menu1");
        await ConnectAsync(page, "menu1/1", "play1");
        await ConnectAsync(page, "play1/Done", "hangup1");
        await ConnectAsync(page, "play2/Done", "hangup1");

        // The menu's option 2 leads nowhere yet: publishing is refused, naming the menu and the option.
        await page.Locator("#designer-publish").ClickAsync();
        var refusal = page.Locator(".designer-refusal[data-problem-node='menu1']");
        await refusal.WaitForAsync();
        Assert.Contains("(menu1)", await refusal.InnerTextAsync());
        Assert.Contains("2", await refusal.InnerTextAsync());
        Assert.Empty((await page.Locator("#designer-version").GetAttributeAsync("data-published")) ?? "");

        await ConnectAsync(page, "menu1/2", "play2");
        await page.Locator("#designer-publish").ClickAsync();
        await page.Locator("#designer-note").FillAsync("7000 menu");
        await page.Locator("#designer-publish-confirm").ClickAsync();
        await page.Locator("#designer-message[data-failed=false]").WaitForAsync();
        Assert.Equal("1", await page.Locator("#designer-version").GetAttributeAsync("data-published"));

        // Route 7000 to it on the routes page (the flow list offers the published flow).
        await page.GotoAsync("/admin/routes");
        await PortalPages.WaitLiveAsync(page);
        await page.Locator("#route-number").FillAsync("7000");
        await page.Locator(".mud-select").Filter(new() { HasText = "流程" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "ivr-7000", Exact = false }).ClickAsync();
        await PortalPages.WaitPickedAsync(page, "ivr-7000");
        await page.Locator("#route-save").ClickAsync();
        await page.Locator(".route-number[data-number='7000'][data-flow='ivr-7000']").WaitForAsync();

        var run = await CallAsync("7000", "13912345678", PcapStep.Keys(1_000, "2"));
        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Equal(("ivr-7000", 1), (call.Flow!.Name, call.Flow.Version)); // the flow id and the published version
        Assert.Contains("menu1:2", call.Steps);
        Assert.Contains("play2:Done", call.Steps);
        Assert.DoesNotContain(call.Steps, s => s.StartsWith("play1:", StringComparison.Ordinal));
        Assert.Contains(call.Prompts, p => p.ActivityId == "play2" && p.Text == "two");

        // The call's replay, opened from the call list (话单): its path over v1, the key pressed at the menu, the time spent at each step.
        await page.GotoAsync("/reports/calls");
        await page.Locator($"a.report-link[href='/calls/{Uri.EscapeDataString(call.CallId)}/replay']").ClickAsync();
        var menuStep = page.Locator("#replay-steps .replay-step[data-activity='menu1']");
        await menuStep.WaitForAsync();
        Assert.Equal(("2", "2"), (await menuStep.GetAttributeAsync("data-digits"), await menuStep.GetAttributeAsync("data-outcome")));
        Assert.Contains("ivr-7000 v1", await page.Locator("#replay-summary").InnerTextAsync());
        Assert.Equal("Visited", await page.Locator("[data-node-id='play2'] .flow-node").GetAttributeAsync("data-trail"));
        Assert.Equal("None", await page.Locator("[data-node-id='play1'] .flow-node").GetAttributeAsync("data-trail"));
        Assert.EndsWith(" s · 2", await page.Locator("[data-node-id='menu1'] .flow-node-badge").InnerTextAsync());
        Assert.Equal("#2e7d32", await page.Locator("g[data-link-id='menu1/2->play2'] path").First.GetAttributeAsync("stroke"));

        // Today's figures over the flow: the one call went through the menu's 2 branch.
        await page.GotoAsync("/designer/ivr-7000");
        await page.Locator("[data-node-id='menu1']").WaitForAsync();
        await page.Locator("#designer-stats").ClickAsync();
        await page.Locator("#designer-stats-summary[data-calls='1']").WaitForAsync();
        Assert.Equal("1 · 挂机 0", await page.Locator("[data-node-id='play2'] .flow-node-badge").InnerTextAsync());
        Assert.Equal("None", await page.Locator("[data-node-id='play1'] .flow-node").GetAttributeAsync("data-trail"));

        // The simulator runs the same flow in the browser: key 1 hears "one", and the path is drawn on the canvas.
        await page.Locator("#designer-simulate").ClickAsync();
        Assert.Equal("7000", await page.Locator("#sim-called").InputValueAsync()); // the number routed to the flow
        await page.Locator("#sim-start").ClickAsync();
        await page.Locator("#sim-transcript .sim-line[data-kind=Prompt]").Filter(new() { HasText = "请按1或2" }).WaitForAsync();
        await page.Locator("#sim-key-1").ClickAsync();
        await page.Locator("#sim-transcript .sim-line[data-kind=Prompt][data-activity=play1]").Filter(new() { HasText = "one" }).WaitForAsync();
        await page.Locator("#simulator[data-state=ended]").WaitForAsync();
        foreach (var node in new[] { "start", "answer1", "menu1", "play1", "hangup1" })
            Assert.Equal("Visited", await page.Locator($"[data-node-id='{node}'] .flow-node").GetAttributeAsync("data-trail"));
        Assert.Equal("None", await page.Locator("[data-node-id='play2'] .flow-node").GetAttributeAsync("data-trail"));
        Assert.Equal("#2e7d32", await page.Locator("g[data-link-id='menu1/1->play1'] path").First.GetAttributeAsync("stroke"));
    }
}
