using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.CallControl;

/// <summary>
/// A supervisor on a queue call, every party a baresip phone with its own tone: the caller (1004, 500 Hz) dials 12345
/// and keys 0, agent 8001 answers on 1001 (1,000 Hz), the supervisor joins from 1003 (1,700 Hz). Whispering, only the
/// agent hears the supervisor; barging, the caller does too.
/// </summary>
public sealed class WhisperAndBargeWithBaresipTests : IvrSippTest
{
    private const string Password = "Interop-Pass-Whisper";
    private const double CallerHz = 500, AgentHz = 1000, SupervisorHz = 1700;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={Password}"];

    [Theory]
    [InlineData("whisper", false)]
    [InlineData("barge", true)]
    public async Task The_agent_hears_the_supervisor_and_the_caller_only_when_they_barge(string mode, bool callerHears)
    {
        await using var caller = await PhoneAsync("1004", CallerHz, autoAnswer: false);
        await using var agent = await PhoneAsync("1001", AgentHz, autoAnswer: true);
        await using var supervisor = await PhoneAsync("1003", SupervisorHz, autoAnswer: true);
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(45), ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        await caller.Control.CommandAsync("dial", $"sip:12345@{Udp.Address}:{Udp.Port}");
        await caller.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        // Keyed during the welcome: the menu takes it as typed ahead.
        await caller.Control.CommandAsync("sndcode", "0");
        await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");

        var joined = await http.PostAsJsonAsync($"/api/v1/acd/calls/{callId}/monitor", new { extension = "1003", mode });
        Assert.True(joined.IsSuccessStatusCode, await joined.Content.ReadAsStringAsync());
        await supervisor.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        // Not synchronisation: the recordings need a few seconds of the mix for the spectrum check.
        await Task.Delay(TimeSpan.FromSeconds(3));
        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null)).EnsureSuccessStatusCode();
        foreach (var phone in new[] { caller, agent, supervisor }) await phone.Control.WaitForEventAsync("CALL_CLOSED", Wait);

        var agentHeard = LiveCallsApi.Heard(agent);
        Assert.True(TestWav.PowerAt(agentHeard, SupervisorHz) > 10 * TestWav.PowerAt(agentHeard, AgentHz), $"the agent hears the supervisor ({mode})");
        var callerHeard = LiveCallsApi.Heard(caller);
        var supervisorAtCaller = TestWav.PowerAt(callerHeard, SupervisorHz);
        var agentAtCaller = TestWav.PowerAt(callerHeard, AgentHz);
        if (callerHears) Assert.True(supervisorAtCaller > 0.1 * agentAtCaller, $"barging, the caller hears the supervisor ({supervisorAtCaller:E2} vs the agent {agentAtCaller:E2})");
        else Assert.True(supervisorAtCaller < 0.01 * agentAtCaller, $"whispering, the caller does not hear the supervisor ({supervisorAtCaller:E2} vs the agent {agentAtCaller:E2})");
    }

    private async Task<BaresipPhone> PhoneAsync(string extension, double toneHz, bool autoAnswer)
    {
        var phone = await BaresipPhone.StartAsync(Folder, extension, Password, Udp, autoAnswer, toneHz);
        await phone.WaitRegisteredAsync(Wait);
        return phone;
    }

}
