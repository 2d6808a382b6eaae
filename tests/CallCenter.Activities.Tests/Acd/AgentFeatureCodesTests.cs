using CallCenter.Activities.Acd;
using CallCenter.Activities.Prompts;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Acd;
using CallCenter.Telephony.Sessions.FeatureCodes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Activities.Tests.Acd;

/// <summary>
/// *70–*73 from an agent's phone on the real in-memory ACD loaded from the seeded database (8001 on 1001 …): the agent's
/// status after each code, what the caller hears (spoken text), and refusals the ACD gives.
/// </summary>
public sealed class AgentFeatureCodesTests : IAsyncLifetime
{
    private ActivityHost _host = null!;
    private AgentFeatureCodes _codes = null!;

    public async Task InitializeAsync()
    {
        _host = await AcdHost.StartAsync(new FakeTelephony());
        _codes = new AgentFeatureCodes(_host.Acd(), _host.Get<AcdConfiguration>(), _host.Get<IPromptProvider>(), NullLogger<AgentFeatureCodes>.Instance);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private AgentSnapshot Agent(string id) => _host.Acd().GetAgent(id)!;

    [Fact]
    public async Task Login_not_ready_ready_and_logout_from_the_phone_change_the_agents_status_and_say_so()
    {
        var login = await _codes.HandleAsync("1001", "*70", default);
        Assert.Equal((FeatureCodeOutcome.Done, "tts:cmn:已登录"), (login.Outcome, login.Prompt?.Name));
        Assert.Equal(AgentStatus.Ready, Agent("8001").Status);

        var notReady = await _codes.HandleAsync("1001", "*73", default);
        Assert.Equal((FeatureCodeOutcome.Done, "tts:cmn:已示忙"), (notReady.Outcome, notReady.Prompt?.Name));
        Assert.Equal((AgentStatus.NotReady, "phone"), (Agent("8001").Status, Agent("8001").Reason));

        var ready = await _codes.HandleAsync("1001", "*72", default);
        Assert.Equal((FeatureCodeOutcome.Done, "tts:cmn:已就绪"), (ready.Outcome, ready.Prompt?.Name));
        Assert.Equal(AgentStatus.Ready, Agent("8001").Status);

        var logout = await _codes.HandleAsync("1001", "*71", default);
        Assert.Equal((FeatureCodeOutcome.Done, "tts:cmn:已签出"), (logout.Outcome, logout.Prompt?.Name));
        Assert.Equal(AgentStatus.LoggedOut, Agent("8001").Status);
        // Only the caller's own agent moved.
        Assert.Equal(AgentStatus.LoggedOut, Agent("8002").Status);
    }

    [Fact]
    public async Task What_the_ACD_refuses_is_refused_with_a_spoken_reason_and_the_status_stays()
    {
        var ready = await _codes.HandleAsync("1002", "*72", default);

        Assert.Equal(FeatureCodeOutcome.Refused, ready.Outcome);
        Assert.StartsWith("tts:cmn:", ready.Prompt?.Name);
        Assert.Contains("8002", ready.Message);
        Assert.Equal(AgentStatus.LoggedOut, Agent("8002").Status);

        Assert.Equal(FeatureCodeOutcome.Done, (await _codes.HandleAsync("1002", "*70", default)).Outcome);
        Assert.Equal(FeatureCodeOutcome.Refused, (await _codes.HandleAsync("1002", "*70", default)).Outcome);
    }

    [Fact]
    public async Task An_extension_without_an_agent_is_refused_and_an_unknown_code_is_unknown()
    {
        var none = await _codes.HandleAsync("1006", "*70", default);
        Assert.Equal((FeatureCodeOutcome.Refused, "tts:cmn:本分机没有座席"), (none.Outcome, none.Prompt?.Name));

        Assert.Equal(FeatureCodeOutcome.Unknown, (await _codes.HandleAsync("1001", "*79", default)).Outcome);
        Assert.Equal(AgentStatus.LoggedOut, Agent("8001").Status);
    }
}
