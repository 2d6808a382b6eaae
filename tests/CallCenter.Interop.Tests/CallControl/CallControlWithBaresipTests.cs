using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Acd;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.CallControl;

/// <summary>
/// Call control on a real queue call: a SIPp caller (a 440 Hz voice) presses 0 on the 12345 hotline and reaches agent
/// 8001 on a baresip phone (1001, 1,000 Hz); through the API the call is transferred blind to agent 8002 (1002, 1,300 Hz),
/// monitored by a supervisor on 1003 (1,700 Hz), and force-released (强拆).
/// </summary>
public sealed class CallControlWithBaresipTests : IvrSippTest
{
    private const string Password = "Interop-Pass-Control";
    private const string Caller = "13500135000";
    private const double CallerHz = 440, AgentAHz = 1000, AgentBHz = 1300, SupervisorHz = 1700;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={Password}"];

    [Fact]
    public async Task After_a_hold_a_blind_transfer_from_agent_A_reaches_agent_B_who_hears_the_caller_and_a_force_release_ends_the_call()
    {
        await using var agentA = await PhoneAsync("1001", AgentAHz);
        await using var agentB = await PhoneAsync("1002", AgentBHz);
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(45), ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();
        // 8002 is logged in but not ready: the queue offers the call to 8001 only; a transfer rings 8002's phone all the same.
        (await http.PostAsJsonAsync("/api/v1/agents/8002/login", new { ready = false })).EnsureSuccessStatusCode();

        var calling = CallAsync("12345", Caller, PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        await agentA.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");

        // Hold and back: the call says so while it lasts.
        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hold", null)).EnsureSuccessStatusCode();
        Assert.True((await LiveAsync(http, callId)).GetProperty("onHold").GetBoolean());
        (await http.PostAsync($"/api/v1/acd/calls/{callId}/unhold", null)).EnsureSuccessStatusCode();
        Assert.False((await LiveAsync(http, callId)).GetProperty("onHold").GetBoolean());

        var transfer = await http.PostAsJsonAsync($"/api/v1/acd/calls/{callId}/transfer", new { target = "agent:8002" });
        Assert.True(transfer.IsSuccessStatusCode, await transfer.Content.ReadAsStringAsync());
        await agentB.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        await agentA.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        Assert.Equal("8002", (await LiveAsync(http, callId)).GetProperty("agent").GetString());
        // B is busy with the call in the ACD (no queue call is offered to them meanwhile).
        Assert.Equal("OnCall", (await http.GetFromJsonAsync<JsonElement>("/api/v1/acd/agents/8002")).GetProperty("status").GetString());
        await agentB.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        // Not synchronisation: agent B's recording needs a few seconds of the caller for the spectrum check.
        await Task.Delay(TimeSpan.FromSeconds(2));

        var release = await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null);
        Assert.True(release.IsSuccessStatusCode, await release.Content.ReadAsStringAsync());
        await agentB.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        var run = await calling;
        // Paused before the transfer, B is paused again after it (the ACD hears of the call's end just after the caller's BYE:
        // read every 50 ms, at most 5 s).
        var status = "";
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(5) && status != "NotReady"; await Task.Delay(50))
            status = (await http.GetFromJsonAsync<JsonElement>("/api/v1/acd/agents/8002")).GetProperty("status").GetString()!;
        Assert.Equal("NotReady", status);

        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        var visit = Assert.Single(call.Queues);
        Assert.Equal(("Connected", "8001", "Supervisor"), (visit.Outcome, visit.AgentId, visit.EndedBy));
        var handedOn = Assert.Single(visit.Transfers!);
        Assert.Equal(("8001", "agent:8002"), (handedOn.From, handedOn.To));
        Assert.InRange(handedOn.At, visit.AnsweredAt!.Value, visit.LeftAt);
        await QueueLogApi.EventsAsync(http, callId, events => events.Any(e => e.Event == "TRANSFER" && e.Agent == "8001"), Wait);
        AssertHears(agentB, CallerHz, AgentBHz);
    }

    [Fact]
    public async Task A_supervisor_monitoring_hears_caller_and_agent_and_the_agent_does_not_hear_the_supervisor()
    {
        await using var agent = await PhoneAsync("1001", AgentAHz);
        await using var supervisor = await PhoneAsync("1003", SupervisorHz);
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(45), ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        var calling = CallAsync("12345", Caller, PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");

        var monitor = await http.PostAsJsonAsync($"/api/v1/acd/calls/{callId}/monitor", new { extension = "1003", mode = "listen" });
        Assert.True(monitor.IsSuccessStatusCode, await monitor.Content.ReadAsStringAsync());
        await supervisor.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        Assert.Equal("1003", (await LiveAsync(http, callId)).GetProperty("supervisor").GetString());
        // Not synchronisation: the supervisor's recording needs a few seconds of the mix for the spectrum check.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var end = await http.PostAsync($"/api/v1/acd/calls/{callId}/monitor/end", null);
        Assert.True(end.IsSuccessStatusCode, await end.Content.ReadAsStringAsync());
        await supervisor.Control.WaitForEventAsync("CALL_CLOSED", Wait);

        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null)).EnsureSuccessStatusCode();
        await agent.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        AssertCallCompleted(await calling);

        var heard = Samples(supervisor);
        Assert.True(TestWav.PowerAt(heard, CallerHz) > 10 * TestWav.PowerAt(heard, SupervisorHz), "the supervisor hears the caller");
        Assert.True(TestWav.PowerAt(heard, AgentAHz) > 10 * TestWav.PowerAt(heard, SupervisorHz), "the supervisor hears the agent");
        var agentHeard = Samples(agent);
        Assert.True(TestWav.PowerAt(agentHeard, CallerHz) > 10 * TestWav.PowerAt(agentHeard, SupervisorHz), "the agent does not hear the listening supervisor");
    }

    [Fact]
    public async Task An_attended_transfer_consults_agent_B_then_makes_a_3_way_call_and_B_leaving_returns_the_caller_to_A()
    {
        await using var agentA = await PhoneAsync("1001", AgentAHz);
        await using var agentB = await PhoneAsync("1002", AgentBHz);
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(45), ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        var calling = CallAsync("12345", Caller, PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        await agentA.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");

        var consult = await http.PostAsJsonAsync($"/api/v1/acd/calls/{callId}/consult", new { target = "agent:8002" });
        Assert.True(consult.IsSuccessStatusCode, await consult.Content.ReadAsStringAsync());
        Assert.True((await LiveAsync(http, callId)).GetProperty("onHold").GetBoolean(), "the caller holds during the consultation");
        await agentB.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        var threeWay = await http.PostAsync($"/api/v1/acd/calls/{callId}/consult/three-way", null);
        Assert.True(threeWay.IsSuccessStatusCode, await threeWay.Content.ReadAsStringAsync());
        // Not synchronisation: B's recording needs a few seconds of the 3-way mix for the spectrum check.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await agentB.Control.CommandAsync("hangup");
        await agentB.Control.WaitForEventAsync("CALL_CLOSED", Wait);

        // B left: caller and A talk on; the call is still A's.
        var live = await LiveAsync(http, callId);
        Assert.Equal(("8001", false), (live.GetProperty("agent").GetString(), live.GetProperty("onHold").GetBoolean()));
        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null)).EnsureSuccessStatusCode();
        await agentA.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        AssertCallCompleted(await calling);

        var heardByB = Samples(agentB);
        Assert.True(TestWav.PowerAt(heardByB, AgentAHz) > 10 * TestWav.PowerAt(heardByB, AgentBHz), "B hears A (consultation and 3-way)");
        Assert.True(TestWav.PowerAt(heardByB, CallerHz) > 10 * TestWav.PowerAt(heardByB, AgentBHz), "B hears the caller in the 3-way call");
    }

    [Fact]
    public async Task A_transfer_to_an_external_SIP_address_reaches_that_party_who_hears_the_caller()
    {
        await using var agent = await PhoneAsync("1001", AgentAHz);
        await using var outside = await PhoneAsync("1003", SupervisorHz);
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(45), ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        var calling = CallAsync("12345", Caller, PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");

        // Not an extension: a SIP address, as a number behind a trunk would be.
        var target = $"sip:1003@{outside.SipEndPoint}";
        var transfer = await http.PostAsJsonAsync($"/api/v1/acd/calls/{callId}/transfer", new { target });
        Assert.True(transfer.IsSuccessStatusCode, await transfer.Content.ReadAsStringAsync());
        await outside.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        await agent.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        // Not synchronisation: the outside party's recording needs a few seconds of the caller for the spectrum check.
        await Task.Delay(TimeSpan.FromSeconds(2));
        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null)).EnsureSuccessStatusCode();
        await outside.Control.WaitForEventAsync("CALL_CLOSED", Wait);

        var run = await calling;
        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Equal(target, Assert.Single(call.Queues.Single().Transfers!).To);
        AssertHears(outside, CallerHz, SupervisorHz);
    }

    [Fact]
    public async Task A_transfer_into_another_queue_waits_there_and_reaches_an_agent_of_that_queue()
    {
        await using var agentA = await PhoneAsync("1001", AgentAHz);
        await using var agentB = await PhoneAsync("1002", AgentBHz);
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(45), ApiAddress);
        // 8001 first: idle longest, the hotline queue offers the caller to them; 8002 is in the card-service team.
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();
        (await http.PostAsync("/api/v1/agents/8002/login", null)).EnsureSuccessStatusCode();

        var calling = CallAsync("12345", Caller, PcapStep.Keys(100, "0"), PcapStep.Tone(1_000, 45_000));
        await agentA.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");

        var transfer = await http.PostAsJsonAsync($"/api/v1/acd/calls/{callId}/transfer", new { target = "queue:card-service" });
        Assert.True(transfer.IsSuccessStatusCode, await transfer.Content.ReadAsStringAsync());
        await agentA.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        await agentB.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        Assert.Equal(callId, await LiveCallsApi.CallIdOfAgentAsync(http, "8002"));

        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null)).EnsureSuccessStatusCode();
        await agentB.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        var run = await calling;

        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Equal([("hotline", "Connected", "8001"), ("card-service", "Connected", "8002")], call.Queues.Select(v => (v.Queue, v.Outcome, v.AgentId)));
        Assert.Equal("queue:card-service", Assert.Single(call.Queues[0].Transfers!).To);
        // The queue log is written in batches: it shows the caller joining card-service once flushed.
        await QueueLogApi.EventsAsync(http, callId, events => events.Any(e => e.Event == "ENTERQUEUE" && e.Queue == "card-service"), Wait);
    }

    private async Task<BaresipPhone> PhoneAsync(string extension, double toneHz)
    {
        var phone = await BaresipPhone.StartAsync(Folder, extension, Password, Udp, autoAnswer: true, toneHz);
        await phone.WaitRegisteredAsync(Wait);
        return phone;
    }

    private static async Task<JsonElement> LiveAsync(HttpClient http, string callId) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/v1/acd/calls")).EnumerateArray().Single(c => c.GetProperty("callId").GetString() == callId);

    private static short[] Samples(BaresipPhone phone)
    {
        var samples = LiveCallsApi.Heard(phone);
        Assert.True(samples.Length >= TestWav.Rate, $"{phone.User}'s recording is {samples.Length} samples long");
        return samples;
    }

    private static void AssertHears(BaresipPhone phone, double otherHz, double ownHz)
    {
        var samples = Samples(phone);
        Assert.True(TestWav.PowerAt(samples, otherHz) > 10 * TestWav.PowerAt(samples, ownHz), $"{phone.User} hears {otherHz} Hz");
    }
}
