using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.CallControl;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser;

/// <summary>
/// A supervisor acts from the wallboard in headless Chromium: with agent 8001 (baresip, extension 1001) talking to a SIPp
/// caller, the supervisor types their extension (1003, baresip) and picks Monitor on 8001's row — 1003 rings and joins
/// listening — then Force hang-up, which ends the call for everyone. And a force transfer of 8001's call to agent 8002,
/// picked in the dialog: 8002's phone (1002) rings and takes the caller, 8001's phone is hung up.
/// </summary>
public sealed class WallboardActionsWithBaresipTests(HeadlessChromium chromium) : IvrSippTest, IClassFixture<HeadlessChromium>
{
    private const string PhonePassword = "Interop-Pass-Wall";
    private const string UserPassword = "Wall-user-pass-2026";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={PhonePassword}", $"DemoData:UserPassword={UserPassword}"];

    [Fact]
    public async Task The_supervisor_monitors_an_agents_call_on_their_own_phone_then_force_hangs_it_up()
    {
        await using var agent = await BaresipPhone.StartAsync(Folder, "1001", PhonePassword, Udp, autoAnswer: true, toneHz: 1000);
        await using var supervisorPhone = await BaresipPhone.StartAsync(Folder, "1003", PhonePassword, Udp, autoAnswer: true, toneHz: 1500);
        await Task.WhenAll(agent.WaitRegisteredAsync(Wait), supervisorPhone.WaitRegisteredAsync(Wait));
        using var http = Portal.CreateClient(baseAddress: ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        var wallboard = await chromium.NewPageAsync(ApiAddress);
        await PortalPages.SignInAsync(wallboard, "supervisor", UserPassword, "/wallboard");
        await wallboard.Locator("#supervisor-extension").FillAsync("1003");

        var calling = CallAsync("12345", "13700137000", PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");
        await wallboard.Locator($"#wallboard-agents td[data-call='{callId}']").WaitForAsync();

        await wallboard.Locator("#actions-8001").ClickAsync();
        await wallboard.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "监听" }).ClickAsync();
        await supervisorPhone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        // The call notes its supervisor once the monitor request completes, just after the phone answered: read every
        // 50 ms, at most 5 s.
        string? supervisor = null;
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(5) && supervisor is null; await Task.Delay(50))
            supervisor = Assert.Single((await http.GetFromJsonAsync<JsonElement[]>("/api/v1/acd/calls?agent=8001"))!).GetProperty("supervisor").GetString();
        Assert.Equal("1003", supervisor);

        await wallboard.Locator("#actions-8001").ClickAsync();
        await wallboard.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = "强拆" }).ClickAsync();
        await agent.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        await supervisorPhone.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        AssertCallCompleted(await calling);
        await wallboard.Locator($"#wallboard-agents td[data-call='{callId}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    [Fact]
    public async Task The_supervisor_force_transfers_an_agents_call_to_another_agent_picked_in_the_dialog()
    {
        await using var agentA = await BaresipPhone.StartAsync(Folder, "1001", PhonePassword, Udp, autoAnswer: true, toneHz: 1000);
        await using var agentB = await BaresipPhone.StartAsync(Folder, "1002", PhonePassword, Udp, autoAnswer: true, toneHz: 1500);
        await Task.WhenAll(agentA.WaitRegisteredAsync(Wait), agentB.WaitRegisteredAsync(Wait));
        using var http = Portal.CreateClient(baseAddress: ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();
        // 8002 is logged in but not ready: the queue offers the call to 8001 only; the transfer rings 8002 all the same.
        (await http.PostAsJsonAsync("/api/v1/agents/8002/login", new { ready = false })).EnsureSuccessStatusCode();

        var wallboard = await chromium.NewPageAsync(ApiAddress);
        await PortalPages.SignInAsync(wallboard, "supervisor", UserPassword, "/wallboard");
        var calling = CallAsync("12345", "13700137001", PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        await agentA.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");
        await wallboard.Locator($"#wallboard-agents td[data-call='{callId}']").WaitForAsync();

        await wallboard.Locator("#actions-8001").ClickAsync();
        await wallboard.Locator("#force-transfer-8001").ClickAsync();
        await wallboard.Locator("#force-transfer-target").FillAsync("8002"); // the kind is "agent" by default
        await wallboard.Locator("#force-transfer-go").ClickAsync();

        await agentB.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        await agentA.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        Assert.Equal(callId, await LiveCallsApi.CallIdOfAgentAsync(http, "8002"));
        await wallboard.Locator("#force-transfer-go").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached }); // the dialog closed

        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null)).EnsureSuccessStatusCode();
        await agentB.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        var call = await CallFromApiAsync(await calling);
        var handedOn = Assert.Single(Assert.Single(call.Queues).Transfers!);
        Assert.Equal(("8001", "agent:8002"), (handedOn.From, handedOn.To));
    }
}
