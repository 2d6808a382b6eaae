using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Browser;

/// <summary>
/// The desk's status buttons and the phone's feature codes drive the same ACD: agent 8001's baresip phone dials *70 and
/// *73 and the open desk follows at once (Ready, then not ready "set on the phone"); the desk's Ready button brings the
/// agent back, as the API shows.
/// </summary>
public sealed class DeskStatusWithFeatureCodesTests(HeadlessChromium chromium) : SipPortalTest, IClassFixture<HeadlessChromium>
{
    private const string PhonePassword = "Interop-Pass-Codes";
    private const string UserPassword = "Codes-user-pass-2026";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] Settings => [$"DemoData:ExtensionPassword={PhonePassword}", $"DemoData:UserPassword={UserPassword}"];

    [Fact]
    public async Task Feature_codes_on_the_phone_show_on_the_open_desk_and_the_desks_buttons_reach_the_ACD()
    {
        await using var phone = await BaresipPhone.StartAsync(Folder, "1001", PhonePassword, Udp, autoAnswer: false, toneHz: 600);
        await phone.WaitRegisteredAsync(Wait);
        var desk = await chromium.NewPageAsync(Portal.Address);
        await PortalPages.SignInAsync(desk, "8001", UserPassword, "/desk");
        await desk.Locator("#agent-status[data-status=LoggedOut]").WaitForAsync();

        await phone.DialFeatureCodeAsync("*70", Udp, Wait);
        await desk.Locator("#agent-status[data-status=Ready]").WaitForAsync();
        await phone.DialFeatureCodeAsync("*73", Udp, Wait);
        await desk.Locator("#agent-status[data-status=NotReady]").WaitForAsync();
        Assert.Contains("话机示忙", await desk.Locator("#agent-status").InnerTextAsync());

        await desk.Locator("#agent-ready").ClickAsync();
        await desk.Locator("#agent-status[data-status=Ready]").WaitForAsync();
        using var http = Portal.CreateClient();
        Assert.Equal("Ready", (await http.GetFromJsonAsync<JsonElement>("/api/v1/acd/agents/8001")).GetProperty("status").GetString());
    }

}
