using System.Text.Json;
using CallCenter.Domain.Seeding;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Cti;

/// <summary>
/// Screen pops over the WebCTI hub end to end: SignalR clients subscribe to agent 8001, to another agent and to all; a
/// SIPp caller dials 12345 and keys 0 (the hotline queue); agent 8001's baresip phone (extension 1001) answers and
/// hangs up. The clients see <c>offered</c> with the screen pop, <c>connected</c>, <c>ended</c> — or nothing, when
/// they watch another agent.
/// </summary>
public sealed class ScreenPopWithBaresipTests : IvrSippTest
{
    private const string Password = "Interop-Pass-Cti";
    private const string UnknownCaller = "13912340000";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={Password}"];

    [Fact]
    public async Task Agent_8001s_client_gets_the_known_callers_pop_then_connected_then_ended_and_another_agents_client_gets_nothing()
    {
        await using var phone = await AgentPhoneAsync();
        await using var desk = await CtiClient.ConnectAsync(ApiAddress, Portal.ApiKey, "8001");
        await using var other = await CtiClient.ConnectAsync(ApiAddress, Portal.ApiKey, "8002");
        await using var wallboard = await CtiClient.ConnectAsync(ApiAddress, Portal.ApiKey, null);
        await LogInAsync("8001");

        var caller = CallToOperatorAsync(DemoIvrData.VipCaller);
        var offered = await desk.NextAsync("offered", "caller", DemoIvrData.VipCaller, Wait);
        var callId = offered.GetProperty("callId").GetString()!;
        var pop = offered.GetProperty("pop");
        var customer = pop.GetProperty("customer");
        Assert.Equal(("张伟", true, DemoIvrData.Card1), (customer.GetProperty("name").GetString(), customer.GetProperty("isVip").GetBoolean(),
            customer.GetProperty("memberNumber").GetString()));
        Assert.Equal("gold", customer.GetProperty("customFields").GetProperty("card_type").GetString());
        Assert.Equal(("hotline", "8001", "1001", callId), (pop.GetProperty("queue").GetString(), pop.GetProperty("agentId").GetString(),
            pop.GetProperty("extension").GetString(), pop.GetProperty("callId").GetString()));
        // What the caller did in the IVR before queueing: the main menu took key 0 (outcome "operator").
        Assert.Contains(("menu", "Menu", "operator"), pop.GetProperty("path").EnumerateArray()
            .Select(s => (s.GetProperty("activityId").GetString(), s.GetProperty("type").GetString(), s.GetProperty("outcome").GetString())));
        Assert.Contains(("menu", "0"), pop.GetProperty("digits").EnumerateArray().Select(d => (d.GetProperty("activityId").GetString(), d.GetProperty("digits").GetString())));
        // The seeded ticket raised from this number ("report", New).
        Assert.Contains(("report", "New"), pop.GetProperty("recentTickets").EnumerateArray()
            .Select(t => (t.GetProperty("category").GetString(), t.GetProperty("status").GetString())));
        var inviteAt = pop.GetProperty("serverInviteAt").GetDateTimeOffset();
        var enteredQueueAt = pop.GetProperty("enteredQueueAt").GetDateTimeOffset();
        var sentAt = offered.GetProperty("sentAt").GetDateTimeOffset();
        Assert.True(inviteAt <= enteredQueueAt && enteredQueueAt <= sentAt, $"INVITE {inviteAt:O}, queued {enteredQueueAt:O}, sent {sentAt:O}");
        Assert.True(pop.GetProperty("waitSeconds").GetDouble() >= 0);

        var connected = await desk.NextAsync("connected", "callId", callId, Wait);
        Assert.False(string.IsNullOrEmpty(connected.GetProperty("agentLegId").GetString()), connected.ToString());
        await ReleaseAsync(phone, callId);
        await desk.NextAsync("ended", "callId", callId, Wait);
        await wallboard.NextAsync("ended", "callId", callId, Wait);
        var run = await caller;

        Assert.True(run.ExitCode == 0, $"{run.Output}\n--- agent's phone ---\n{phone.Log}");
        Assert.Equal(["offered", "connected", "ended"], desk.MethodsFor(callId));
        Assert.Equal(["offered", "connected", "ended"], wallboard.MethodsFor(callId));
        // The ended event reached the all-agents client: the other agent's client, sent to at the same time, got nothing.
        Assert.Empty(other.Events);
        Assert.Contains(wallboard.Events, e => e.Method == "agentState" && e.Payload.GetProperty("agentId").GetString() == "8001"
            && e.Payload.GetProperty("to").GetString() == "OnCall");
    }

    [Fact]
    public async Task An_unknown_callers_pop_has_no_customer_and_no_history_and_their_next_pop_lists_that_call_with_its_replay()
    {
        await using var phone = await AgentPhoneAsync();
        await using var desk = await CtiClient.ConnectAsync(ApiAddress, Portal.ApiKey, "8001");
        await LogInAsync("8001");

        var caller = CallToOperatorAsync(UnknownCaller);
        var offered = await desk.NextAsync("offered", "caller", UnknownCaller, Wait);
        var pop = offered.GetProperty("pop");
        Assert.Equal(JsonValueKind.Null, pop.GetProperty("customer").ValueKind);
        Assert.Empty(pop.GetProperty("recentCalls").EnumerateArray());
        Assert.Empty(pop.GetProperty("recentTickets").EnumerateArray());
        Assert.Equal("hotline", pop.GetProperty("queue").GetString());
        Assert.Contains(("menu", "0"), pop.GetProperty("digits").EnumerateArray().Select(d => (d.GetProperty("activityId").GetString(), d.GetProperty("digits").GetString())));

        await ReleaseAsync(phone, offered.GetProperty("callId").GetString()!);
        await desk.NextAsync("ended", "callId", offered.GetProperty("callId").GetString()!, Wait);
        var run = await caller;
        Assert.True(run.ExitCode == 0, $"{run.Output}\n--- agent's phone ---\n{phone.Log}");

        // Once that call's trace is stored, the same caller's next pop lists it, with the address of its replay.
        var first = await CallFromApiAsync(run);
        var again = CallToOperatorAsync(UnknownCaller);
        var next = await desk.NextAsync("offered", p => p.GetProperty("caller").GetString() == UnknownCaller && p.GetProperty("callId").GetString() != first.CallId,
            Wait, "of the second call");
        // (The agent's leg of that call, shown with the caller's number, is listed too: it ran no flow, so it has no replay.)
        var earlier = Assert.Single(next.GetProperty("pop").GetProperty("recentCalls").EnumerateArray(), c => c.GetProperty("called").GetString() == "12345");
        Assert.Equal((first.CallId, $"/calls/{Uri.EscapeDataString(first.CallId)}/replay"),
            (earlier.GetProperty("callId").GetString(), earlier.GetProperty("replayUrl").GetString()));
        await ReleaseAsync(phone, next.GetProperty("callId").GetString()!);
        Assert.True((await again).ExitCode == 0, phone.Log);
    }

    // Agent 8001 works on extension 1001: a softphone registered there that answers by itself.
    private async Task<BaresipPhone> AgentPhoneAsync()
    {
        var phone = await BaresipPhone.StartAsync(Folder, "1001", Password, Udp, autoAnswer: true, toneHz: 1000);
        await phone.WaitRegisteredAsync(Wait);
        return phone;
    }

    private async Task LogInAsync(string agent)
    {
        using var http = Portal.CreateClient(baseAddress: ApiAddress);
        (await http.PostAsync($"/api/v1/agents/{agent}/login", null)).EnsureSuccessStatusCode();
    }

    // Keys 0 at once (the hotline queue), then talks (a tone) until the call is released; nothing here depends on how
    // long the IVR or the queue takes.
    private Task<CallRun> CallToOperatorAsync(string caller) => CallAsync("12345", caller, PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));

    // Once the agent's phone has the call, a supervisor's release (强拆) hangs up both sides: the caller's SIPp sees the BYE.
    private async Task ReleaseAsync(BaresipPhone phone, string callId)
    {
        await phone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        using var http = Portal.CreateClient(baseAddress: ApiAddress);
        var release = await http.PostAsync($"/api/v1/acd/calls/{Uri.EscapeDataString(callId)}/hangup", null);
        Assert.True(release.IsSuccessStatusCode, await release.Content.ReadAsStringAsync());
        await phone.Control.WaitForEventAsync("CALL_CLOSED", Wait);
    }
}
