using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Cti;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CallCenter.Interop.Tests.Browser;

/// <summary>
/// The agent desk end to end, in headless Chromium against the real Portal: agent 8001 signs in and goes ready in the
/// browser; a SIPp caller (the seeded customer 张伟) dials the 12345 hotline and presses 0; the desk pops the customer's
/// card within a second of the offer; the agent's baresip phone answers; a supervisor's wallboard in a second browser
/// context shows the call; once the call is released the agent saves a wrap-up, and its disposition is on the call record.
/// </summary>
public sealed class AgentDeskWithBaresipTests(HeadlessChromium chromium, ITestOutputHelper output) : IvrSippTest, IClassFixture<HeadlessChromium>
{
    private const string PhonePassword = "Interop-Pass-Desk";
    private const string UserPassword = "Desk-user-pass-2026";
    private const string Customer = "13800138000"; // 张伟, VIP, member 8800000001 (demo data)
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={PhonePassword}", $"DemoData:UserPassword={UserPassword}"];

    [Fact]
    public async Task The_desk_pops_the_known_caller_within_a_second_the_wallboard_shows_the_call_and_the_wrap_up_lands_on_the_call()
    {
        await using var phone = await BaresipPhone.StartAsync(Folder, "1001", PhonePassword, Udp, autoAnswer: true, toneHz: 1000);
        await phone.WaitRegisteredAsync(Wait);

        var desk = await chromium.NewPageAsync(ApiAddress);
        await PortalPages.SignInAsync(desk, "8001", UserPassword, "/desk");
        await desk.Locator("#agent-login").ClickAsync();
        await desk.Locator("#agent-status[data-status=Ready]").WaitForAsync();

        var wallboard = await chromium.NewPageAsync(ApiAddress);
        await PortalPages.SignInAsync(wallboard, "supervisor", UserPassword, "/wallboard");
        await wallboard.Locator("#wallboard-agents td[data-agent='8001']").WaitForAsync();

        await using var cti = await CtiClient.ConnectAsync(ApiAddress, Portal.ApiKey, "8001");
        await PortalPages.StampWhenShownAsync(desk, "#pop-customer-name");

        // The caller keys 0 (operator) and talks until the call is released.
        var calling = CallAsync("12345", Customer, PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        var offered = await cti.NextAsync("offered", "agentId", "8001", Wait);
        var callId = offered.GetProperty("callId").GetString()!;
        await desk.Locator("#pop-customer-name").WaitForAsync();
        Assert.Equal("张伟", await desk.Locator("#pop-customer-name").InnerTextAsync());
        Assert.True(await desk.Locator("#pop-vip").IsVisibleAsync());
        Assert.Equal("8800000001", await desk.Locator("#pop-member").InnerTextAsync());
        Assert.Contains("menu 0", await desk.Locator("#pop-digits").InnerTextAsync());

        // Within 1 s of the offer: the offer's moment on this machine's clock is when the hub's event arrived, less the
        // server's own time from the offer to the send (the server's clock runs shifted by Clock:StartAt; its differences do not).
        var serverWork = offered.GetProperty("sentAt").GetDateTimeOffset() - offered.GetProperty("at").GetDateTimeOffset();
        var offerAt = cti.ReceivedAt("offered", callId) - serverWork;
        var popLatency = await PortalPages.SeenAtAsync(desk, "#pop-customer-name") - offerAt;
        output.WriteLine($"screen pop in the browser {popLatency.TotalMilliseconds:F0} ms after the offer");
        Assert.True(popLatency < TimeSpan.FromSeconds(1), $"the screen pop showed {popLatency.TotalMilliseconds:F0} ms after the offer");

        await phone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        await desk.Locator("#screen-pop[data-phase=Connected]").WaitForAsync();
        await desk.Locator("#call-controls").WaitForAsync();
        var onWallboard = wallboard.Locator($"#wallboard-agents td[data-call='{callId}']");
        await onWallboard.WaitForAsync();
        Assert.Contains(Customer, await onWallboard.InnerTextAsync());
        Assert.Equal("OnCall", await wallboard.Locator("#wallboard-agents td[data-agent='8001'] ~ td[data-status]").GetAttributeAsync("data-status"));

        using var http = Portal.CreateClient(baseAddress: ApiAddress);
        (await http.PostAsync($"/api/v1/acd/calls/{Uri.EscapeDataString(callId)}/hangup", null)).EnsureSuccessStatusCode();
        AssertCallCompleted(await calling);
        await phone.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        await desk.Locator("#screen-pop[data-phase=Ended]").WaitForAsync();
        // Notes first, then the disposition: Save is enabled only once the server has the disposition, and by then it
        // has the notes typed before it (a click straight after typing can overtake the text's own update).
        await desk.Locator("#wrap-up textarea").First.FillAsync("客户咨询已解答 / answered");
        await desk.Locator("#wrap-up .mud-select").Filter(new LocatorFilterOptions { HasText = "处理结果" }).First.ClickAsync();
        await desk.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = "已解决" }).ClickAsync();
        await desk.Locator("#wrap-up-save").ClickAsync();
        await desk.Locator("#wrap-up-saved").WaitForAsync();

        var calls = await http.GetFromJsonAsync<JsonElement>($"/api/v1/calls?callId={Uri.EscapeDataString(callId)}");
        var wrapUp = Assert.Single(calls.EnumerateArray().SelectMany(c => c.GetProperty("wrapUps").EnumerateArray()));
        Assert.Equal(("8001", "resolved", "客户咨询已解答 / answered"),
            (wrapUp.GetProperty("agentId").GetString(), wrapUp.GetProperty("disposition").GetString(), wrapUp.GetProperty("notes").GetString()));
    }
}
