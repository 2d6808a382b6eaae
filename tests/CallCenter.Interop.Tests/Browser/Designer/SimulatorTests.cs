using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Designer;

/// <summary>
/// The designer's simulator in a real browser on the shipped 12345 hotline: a simulated call at night hears the
/// after-hours prompt (with its audio), its path is drawn on the canvas; in office hours the menu takes a key from the
/// keypad and the queue step asks what happens instead of ringing agents; variables and the transcript follow.
/// </summary>
public sealed class SimulatorTests(HeadlessChromium chromium, SimulatorTests.Portal shared) : IClassFixture<HeadlessChromium>, IClassFixture<SimulatorTests.Portal>
{
    private readonly DesignerPortal _portal = shared.Designer;

    /// <summary>One Portal for both tests (simulations leave no call records behind), its center in Asia/Shanghai: the zone the simulated time is in.</summary>
    public sealed class Portal : IAsyncLifetime
    {
        public DesignerPortal Designer { get; } = new("Engine:TimeZone=Asia/Shanghai");

        public Task InitializeAsync() => Designer.InitializeAsync();

        public Task DisposeAsync() => Designer.DisposeAsync();
    }

    private async Task<IPage> OpenSimulatorAsync(string caller, string date, string time)
    {
        var page = await _portal.SignInAsAdminAsync(chromium, "/designer/hotline-12345");
        await page.SetViewportSizeAsync(1600, 1000);
        await page.Locator("[data-node-id='menu']").WaitForAsync();
        await page.Locator("#designer-simulate").ClickAsync();
        await page.Locator("#simulator[data-state=setup]").WaitForAsync();
        await page.Locator("#sim-caller").FillAsync(caller);
        await page.Locator("#sim-date").FillAsync(date);
        await page.Locator("#sim-time").FillAsync(time);
        await page.Locator("#sim-start").ClickAsync();
        await page.Locator("#simulator[data-state=running]").WaitForAsync();
        return page;
    }

    private static ILocator Line(IPage page, string kind, string text) =>
        page.Locator($"#sim-transcript .sim-line[data-kind={kind}]").Filter(new() { HasText = text });

    private static ILocator Node(IPage page, string id) => page.Locator($"[data-node-id='{id}'] .flow-node");

    [Fact]
    public async Task A_call_simulated_at_night_hears_the_after_hours_prompt_and_its_path_is_drawn()
    {
        var page = await OpenSimulatorAsync("13912345678", "2026-11-25", "23:00");

        await Line(page, "Prompt", "现在是非工作时间").WaitForAsync();
        Assert.Contains("2026-11-25 23:00", await page.Locator("#sim-transcript .sim-line[data-kind=Started]").InnerTextAsync());
        Assert.StartsWith("2026-11-25T15:00:00", await page.Locator("#sim-variables tr[data-variable='call_started_at'] td").InnerTextAsync()); // 23:00 in Shanghai, in UTC
        // The prompt's audio is served to the browser as a WAV file.
        var audio = await page.EvaluateAsync<string>("async () => { const r = await fetch(document.querySelector('#sim-audio').src); return r.status + ' ' + r.headers.get('content-type'); }");
        Assert.Equal("200 audio/wav", audio);

        // The recording waits for # (the caller has no microphone here): the flow goes on to say goodbye and hang up.
        await Node(page, "night_record").And(page.Locator("[data-trail=Current]")).WaitForAsync();
        await page.Locator("#sim-key-hash").ClickAsync();
        await page.Locator("#simulator[data-state=ended]").WaitForAsync();
        await Line(page, "Prompt", "感谢您的来电").WaitForAsync();
        await Line(page, "Key", "#").WaitForAsync();

        // The path: screened, closed hours, the night branch; the day branch untouched.
        foreach (var node in new[] { "start", "screen", "hours", "night_log", "night", "night_record", "goodbye", "hangup" })
            Assert.Equal("Visited", await Node(page, node).GetAttributeAsync("data-trail"));
        foreach (var node in new[] { "welcome", "menu", "operator" })
            Assert.Equal("None", await Node(page, node).GetAttributeAsync("data-trail"));
        Assert.Equal("#2e7d32", await page.Locator("g[data-link-id='hours/Closed->night_log'] path").First.GetAttributeAsync("stroke"));
        Assert.NotEqual("#2e7d32", await page.Locator("g[data-link-id='hours/Open->welcome'] path").First.GetAttributeAsync("stroke"));
        Assert.Equal("3", await Node(page, "hours").Locator(".flow-node-badge").InnerTextAsync()); // the third step
        Assert.Equal("Closed", await page.Locator("#sim-variables tr[data-variable='hours_status'] td").InnerTextAsync());
        Assert.Equal("13912345678", await page.Locator("#sim-variables tr[data-variable='caller'] td").InnerTextAsync());
    }

    [Fact]
    public async Task In_office_hours_the_menu_takes_a_key_and_the_queue_step_asks_what_happens_instead_of_ringing_agents()
    {
        var page = await OpenSimulatorAsync("13800000001", "2026-11-25", "10:00");

        await Line(page, "Prompt", "人工服务请按0").WaitForAsync();
        await page.Locator("#sim-key-0").ClickAsync();
        var choice = page.Locator("#sim-choice[data-activity='operator']");
        await choice.WaitForAsync();
        Assert.Equal("Current", await Node(page, "operator").GetAttributeAsync("data-trail"));
        await page.Locator("#sim-choose-NoAgents").ClickAsync();
        await choice.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Line(page, "Choice", "NoAgents").WaitForAsync();
        await Line(page, "Prompt", "坐席忙").WaitForAsync();

        // The caller hangs up while the mailbox records: the simulated call ends there.
        await Node(page, "mailbox_record").And(page.Locator("[data-trail=Current]")).WaitForAsync();
        await page.Locator("#sim-hangup").ClickAsync();
        await page.Locator("#simulator[data-state=ended]").WaitForAsync();
        await page.Locator("#sim-transcript .sim-line[data-kind=Ended]").WaitForAsync();
        Assert.Equal("Visited", await Node(page, "operator_busy").GetAttributeAsync("data-trail"));
        Assert.Equal("Open", await page.Locator("#sim-variables tr[data-variable='hours_status'] td").InnerTextAsync());

        // Nothing reached the real queue, and closing the simulator clears the path.
        using var http = _portal.Portal.CreateClient();
        Assert.DoesNotContain("13800000001", await http.GetStringAsync("/api/v1/calls?limit=50"));
        await page.Locator("#sim-close").ClickAsync();
        await page.Locator("#simulator").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("None", await Node(page, "operator").GetAttributeAsync("data-trail"));
    }
}
