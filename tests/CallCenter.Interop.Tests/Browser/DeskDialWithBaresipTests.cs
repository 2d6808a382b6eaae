using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Browser;

/// <summary>
/// Click-to-dial from the agent desk in headless Chromium: agent 8001 types extension 1003 and the server rings 8001's
/// baresip phone, then 1003's, and joins them (the desk follows the dial to Connected); agent 8002, allowed local
/// numbers only, is told in the page why a mobile number is refused, and no phone rings.
/// </summary>
public sealed class DeskDialWithBaresipTests(HeadlessChromium chromium) : SipPortalTest, IClassFixture<HeadlessChromium>
{
    private const string PhonePassword = "Interop-Pass-Dial";
    private const string UserPassword = "Dial-user-pass-2026";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] Settings => [$"DemoData:ExtensionPassword={PhonePassword}", $"DemoData:UserPassword={UserPassword}"];

    [Fact]
    public async Task An_agent_dials_from_the_desk_within_their_permission_and_is_told_why_not_beyond_it()
    {
        await using var agentPhone = await BaresipPhone.StartAsync(Folder, "1001", PhonePassword, Udp, autoAnswer: true, toneHz: 1000);
        await using var colleague = await BaresipPhone.StartAsync(Folder, "1003", PhonePassword, Udp, autoAnswer: true, toneHz: 1500);
        await Task.WhenAll(agentPhone.WaitRegisteredAsync(Wait), colleague.WaitRegisteredAsync(Wait));

        var desk = await chromium.NewPageAsync(Portal.Address);
        await PortalPages.SignInAsync(desk, "8001", UserPassword, "/desk");
        await desk.Locator("#agent-login").ClickAsync();
        await desk.Locator("#agent-status[data-status=Ready]").WaitForAsync();
        await desk.Locator("#dial-number").FillAsync("1003");
        await desk.Locator("#dial-button").ClickAsync();
        await agentPhone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        await colleague.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        await desk.Locator("#dial-state[data-state=Connected]").WaitForAsync();
        // While dialling out the agent takes no queue call.
        Assert.Equal("NotReady", await desk.Locator("#agent-status").GetAttributeAsync("data-status"));
        await colleague.Control.CommandAsync("hangup");
        await agentPhone.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        await desk.Locator("#dial-state[data-state=Ended]").WaitForAsync();
        await desk.Locator("#agent-status[data-status=Ready]").WaitForAsync();

        var limited = await chromium.NewPageAsync(Portal.Address);
        await PortalPages.SignInAsync(limited, "8002", UserPassword, "/desk");
        await limited.Locator("#agent-login").ClickAsync();
        await limited.Locator("#agent-status[data-status=Ready]").WaitForAsync();
        await limited.Locator("#dial-number").FillAsync("13800138000");
        await limited.Locator("#dial-button").ClickAsync();
        var refusal = await limited.Locator("#dial-refused").InnerTextAsync();
        Assert.Contains("8002", refusal);
        Assert.Contains("13800138000", refusal);
        Assert.Contains("只能拨打本地号码", refusal); // the refusal reads in the agent's language (zh-CN browser)
        Assert.Equal(0, await limited.Locator("#dial-state").CountAsync());
    }
}
