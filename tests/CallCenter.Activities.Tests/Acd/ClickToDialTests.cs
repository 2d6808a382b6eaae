using CallCenter.Activities.Acd;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Seeding;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Tests.Acd;

/// <summary>
/// Click-to-dial on the real ACD and the seeded agents (8001 LongDistance on 1001, 8002 Local on 1002, 8003 International on
/// 1003) with phones the test answers or refuses: the order of the legs, what each shows, the bridge, failures, permission
/// refusals and the agent's status around the dial.
/// </summary>
public sealed class ClickToDialTests : IAsyncLifetime
{
    private const string Trunk = "sip:{number}@gateway.test:5060";
    private readonly ScriptedPhones _phones = new();
    private readonly Dictionary<string, TaskCompletionSource<DialSnapshot>> _over = [];
    private readonly List<DialSnapshot> _changes = [];
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync(configure: services =>
        {
            services.AddSingleton<ITelephony>(_phones);
            services.AddSingleton<DemoExtensionSeeder>();
            services.Configure<DialingOptions>(o => { o.TrunkUri = Trunk; o.CallerId = "4008001234"; });
        });
        await _host.Get<DemoExtensionSeeder>().SeedAsync("cc.test");
        await _host.Get<DemoAcdSeeder>().SeedAsync();
        await _host.Services.GetServices<IHostedService>().OfType<AcdStartup>().Single().StartAsync(CancellationToken.None);
        _host.Get<Dials>().Changed += d =>
        {
            lock (_changes)
            {
                _changes.Add(d);
                if (d.IsOver) Over(d.DialId).TrySetResult(d);
            }
        };
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private ClickToDial Dialer => _host.Get<ClickToDial>();

    private IAcd Acd => _host.Get<IAcd>();

    [Fact]
    public async Task The_agents_phone_rings_first_showing_the_number_then_the_extension_is_rung_and_the_two_are_bridged()
    {
        Assert.True(Acd.Login("8001").Succeeded);

        var started = await Dialer.StartAsync("8001", "1003");

        Assert.True(started.Started, started.Message);
        var agentRing = await _phones.RungAsync("1001");
        Assert.Equal(("1003", ClickToDial.AgentLegCallerName, false), (agentRing.CallerId, agentRing.CallerName, agentRing.ApplyForwarding));
        Assert.Single(_phones.Dialled);
        var agentLeg = _phones.Answer("1001");
        var customerRing = await _phones.RungAsync("1003");
        Assert.Equal("1001", customerRing.CallerId);
        var customerLeg = _phones.Answer("1003");
        var over = await OverAsync(started.Dial!.DialId);
        // The agent heard ringback while 1003 rang, and it stopped before the bridge.
        Assert.Equal(["answer", "play: " + string.Join(" + ", Enumerable.Repeat(ClickToDial.RingbackName, HoldMusic.Repeats)), "bridge: 1003"],
            agentLeg.Operations.Take(3));
        Assert.Equal((DialState.Ended, "the customer hung up"), (over.State, over.Message?.ToString()));
        Assert.Equal([DialState.RingingAgent, DialState.RingingCustomer, DialState.Connected, DialState.Ended], States(over.DialId));
        Assert.Equal((CallSessionState.Ended, CallSessionState.Ended), (agentLeg.State, customerLeg.State));
        Assert.NotNull(over.CustomerAnsweredAt);
        Assert.Same(over, _host.Get<Dials>().Find(over.DialId));
    }

    [Fact]
    public async Task An_outside_number_goes_through_the_trunk_with_the_configured_caller_id()
    {
        Assert.True(Acd.Login("8001").Succeeded);

        var started = await Dialer.StartAsync("8001", "+86 138 0013 8000");

        Assert.Equal(("13800138000", DialPermission.LongDistance), (started.Dial!.Number, started.Dial.Needs));
        _phones.Answer("1001");
        var customerRing = await _phones.RungAsync("sip:13800138000@gateway.test:5060");
        Assert.Equal("4008001234", customerRing.CallerId);
        _phones.Answer(customerRing.Destination);
        Assert.Equal(DialState.Ended, (await OverAsync(started.Dial.DialId)).State);
    }

    [Fact]
    public async Task A_trunk_given_as_a_gateway_alone_gets_the_number_as_its_user_part()
    {
        _host.Get<IOptions<DialingOptions>>().Value.TrunkUri = "sip:10.0.0.5:5060;transport=tcp";
        Assert.True(Acd.Login("8001").Succeeded);

        var started = await Dialer.StartAsync("8001", "0755 8888 0000");

        Assert.Equal("sip:075588880000@10.0.0.5:5060;transport=tcp", started.Dial!.Destination);
        _phones.Refuse("1001", OriginateOutcome.NoAnswer);
        await OverAsync(started.Dial.DialId);
    }

    [Fact]
    public async Task When_the_agent_does_not_answer_the_customer_is_never_rung()
    {
        Assert.True(Acd.Login("8001").Succeeded);

        var started = await Dialer.StartAsync("8001", "13800138000");
        await _phones.RungAsync("1001");
        _phones.Refuse("1001", OriginateOutcome.NoAnswer);

        var over = await OverAsync(started.Dial!.DialId);
        Assert.Equal(DialState.Failed, over.State);
        Assert.Contains("1001 was not reached: no answer", over.Message?.ToString());
        Assert.Equal(["1001"], _phones.Dialled.Select(r => r.Destination));
    }

    [Fact]
    public async Task When_the_customer_is_busy_the_agent_is_hung_up_and_the_dial_failed()
    {
        Assert.True(Acd.Login("8001").Succeeded);

        var started = await Dialer.StartAsync("8001", "010-6512 3456");
        var agentLeg = _phones.Answer("1001");
        _phones.Refuse((await _phones.RungAsync("sip:01065123456@gateway.test:5060")).Destination, OriginateOutcome.Rejected, 486);

        var over = await OverAsync(started.Dial!.DialId);
        Assert.Equal((DialState.Failed, "01065123456 was not reached: busy (486)"), (over.State, over.Message?.ToString()));
        Assert.Equal(CallSessionState.Ended, agentLeg.State);
        Assert.Contains("hangup: 01065123456 was not reached: busy (486)", agentLeg.Operations);
    }

    [Fact]
    public async Task When_the_agent_hangs_up_while_the_customer_rings_the_customer_call_is_cancelled()
    {
        Assert.True(Acd.Login("8001").Succeeded);

        var started = await Dialer.StartAsync("8001", "1002");
        var agentLeg = _phones.Answer("1001");
        await _phones.RungAsync("1002");
        agentLeg.CallerHangsUp();

        var over = await OverAsync(started.Dial!.DialId);
        Assert.Equal((DialState.Ended, "the agent hung up before 1002 answered"), (over.State, over.Message?.ToString()));
    }

    [Fact]
    public async Task A_number_beyond_the_agents_permission_is_refused_and_nothing_is_dialled()
    {
        Assert.True(Acd.Login("8002").Succeeded);

        var refused = await Dialer.StartAsync("8002", "13800138000");

        Assert.Equal(DialRefusal.NotPermitted, refused.Refusal);
        Assert.Equal("Agent 8002 may dial local numbers only; 13800138000 is a mobile number and needs long distance permission.", refused.Message);
        Assert.Equal(DialPermission.LongDistance, refused.Classification!.Needs);
        Assert.Empty(_phones.Dialled);
        Assert.Equal(AgentStatus.Ready, Acd.GetAgent("8002")!.Status);
        var local = await Dialer.StartAsync("8002", "8888 0000");
        Assert.True(local.Started, local.Message);
        _phones.Refuse("1002", OriginateOutcome.NoAnswer);
        await OverAsync(local.Dial!.DialId);
    }

    [Fact]
    public async Task A_ready_agent_is_not_ready_for_outbound_while_dialling_and_ready_again_after()
    {
        Assert.True(Acd.Login("8001").Succeeded);

        var started = await Dialer.StartAsync("8001", "1003");
        await _phones.RungAsync("1001");
        Assert.Equal((AgentStatus.NotReady, "outbound"), Status("8001"));
        _phones.Answer("1001");
        await _phones.RungAsync("1003");
        Assert.Equal((AgentStatus.NotReady, "outbound"), Status("8001"));
        _phones.Answer("1003");

        await OverAsync(started.Dial!.DialId);
        Assert.Equal((AgentStatus.Ready, null), Status("8001"));
    }

    [Fact]
    public async Task An_agent_on_a_break_stays_on_the_break_after_dialling()
    {
        Assert.True(Acd.Login("8001").Succeeded);
        Assert.True(Acd.NotReady("8001", "break").Succeeded);

        var started = await Dialer.StartAsync("8001", "1003");
        _phones.Refuse("1001", OriginateOutcome.NoAnswer);

        await OverAsync(started.Dial!.DialId);
        Assert.Equal((AgentStatus.NotReady, "break"), Status("8001"));
    }

    [Fact]
    public async Task A_second_dial_while_one_goes_on_is_refused()
    {
        Assert.True(Acd.Login("8001").Succeeded);
        var first = await Dialer.StartAsync("8001", "1003");
        await _phones.RungAsync("1001");

        var second = await Dialer.StartAsync("8001", "1002");

        Assert.Equal(DialRefusal.AgentUnavailable, second.Refusal);
        Assert.Equal(first.Dial, _host.Get<Dials>().LiveOf("8001"));
        _phones.Refuse("1001", OriginateOutcome.NoAnswer);
        await OverAsync(first.Dial!.DialId);
        Assert.Null(_host.Get<Dials>().LiveOf("8001"));
    }

    [Theory]
    [InlineData("9999", "1003", DialRefusal.UnknownAgent, "There is no agent 9999.")]
    [InlineData("8003", "1002", DialRefusal.AgentUnavailable, "Agent 8003 is not logged in.")]
    [InlineData("8003", "13800l38000", DialRefusal.InvalidNumber, "not a phone number")]
    [InlineData("8003", "12345", DialRefusal.InvalidNumber, "service number of the center")]
    public async Task Other_refusals_say_why_and_dial_nothing(string agent, string number, DialRefusal refusal, string message)
    {
        var refused = await Dialer.StartAsync(agent, number);

        Assert.Equal(refusal, refused.Refusal);
        Assert.Contains(message, refused.Message);
        Assert.Empty(_phones.Dialled);
    }

    [Fact]
    public async Task Without_a_trunk_an_outside_number_is_refused_but_an_extension_is_still_dialled()
    {
        _host.Get<IOptions<DialingOptions>>().Value.TrunkUri = "";
        Assert.True(Acd.Login("8003").Succeeded);

        var refused = await Dialer.StartAsync("8003", "+1 415 555 0100");

        Assert.Equal(DialRefusal.NoRoute, refused.Refusal);
        Assert.Contains("Dialing:TrunkUri", refused.Message);
        Assert.Empty(_phones.Dialled);
        var internalDial = await Dialer.StartAsync("8003", "1001");
        Assert.True(internalDial.Started, internalDial.Message);
        _phones.Refuse("1003", OriginateOutcome.NoAnswer);
        await OverAsync(internalDial.Dial!.DialId);
    }

    private (AgentStatus, string?) Status(string agent) => Acd.GetAgent(agent) is { } a ? (a.Status, a.Reason) : default;

    private DialState[] States(string dialId)
    {
        lock (_changes) return [.. _changes.Where(c => c.DialId == dialId).Select(c => c.State).Distinct()];
    }

    private TaskCompletionSource<DialSnapshot> Over(string dialId)
    {
        lock (_over)
        {
            if (!_over.TryGetValue(dialId, out var tcs)) _over[dialId] = tcs = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return tcs;
        }
    }

    private Task<DialSnapshot> OverAsync(string dialId)
    {
        lock (_changes) return Over(dialId).Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
