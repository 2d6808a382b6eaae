using CallCenter.Activities.Calls;
using CallCenter.Activities.Calls.Inbound;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Domain.Routing;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using CallCenter.Telephony.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tests.Calls.Inbound;

/// <summary>
/// The voice server's handler over real routes in a migrated SQLite file (seeded: 12345 → hotline-12345,
/// 4008001234 → prepaid-card), running published flows bound to fake calls.
/// </summary>
public sealed class IvrCallHandlerTests : IAsyncLifetime
{
    private readonly Suspensions _suspensions = new();
    private ActivityHost _host = null!;
    private IvrCallHandler _handler = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync(configure: s => s.AddSingleton<IRunListener>(_suspensions));
        _handler = _host.Get<IvrCallHandler>();
        await _host.PublishAsync(Hotline("v1"));
        await _host.PublishAsync(Hotline("v2"));
        await using var db = await _host.DbAsync();
        db.InboundRoutes.Add(new InboundRoute { CalledNumber = "12345", CallerPattern = "139*", WorkflowDefinitionId = "vip-line" });
        await db.SaveChangesAsync();
        await _host.PublishAsync(new FlowBuilder("vip-line").Variable("who").Activity("start", "Start")
            .Activity("p", "Play", new { text = "贵宾{{ caller }}您好" }).Chain("start", "p").Build());
    }

    private static WorkflowDefinition Hotline(string version) => new FlowBuilder("hotline-12345").Variable("choice")
        .Activity("start", "Start")
        .Activity("welcome", "Play", new { text = $"欢迎致电12345 {version}" })
        .Activity("menu", "Menu", new { prompt = "menu", options = new object[] { new { digit = "1" }, new { digit = "3" } } })
        .Activity("one", "SetVariable", new { variable = "choice", value = "{{ called }}:1" })
        .Activity("wait", "Delay", new { duration = 5 })
        .Activity("three", "Play", new { text = "已等待" })
        .Chain("start", "welcome", "menu").Connect("menu", "1", "one").Connect("menu", "3", "wait").Connect("wait", "three")
        .Build();

    [Theory]
    [InlineData("12345", "13800000001", true)]
    [InlineData("4008001234", "13800000001", true)]
    [InlineData("4009999999", "13800000001", true)]
    [InlineData("12399", "13800000001", true)]
    [InlineData("1001", "13800000001", false)]
    [InlineData("88886666", "13800000001", false)]
    public async Task Routed_and_service_numbers_are_taken_other_numbers_go_on_to_the_extensions(string called, string caller, bool accepted) =>
        Assert.Equal(accepted, await _handler.AcceptsAsync(called, caller, CancellationToken.None));

    [Fact]
    public async Task A_routed_call_runs_the_latest_published_flow_with_the_call_variables_and_is_hung_up_when_it_ends()
    {
        var call = new FakeCallSession(caller: "13800000001", called: "12345").Keys("1");
        await _handler.HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);

        Assert.Contains("play: tts:cmn:欢迎致电12345 v2", call.Operations);
        Assert.Equal("hangup: the flow ended", call.Operations.Last());
        var instance = Assert.Single(await _host.Runtime.QueryInstancesAsync(new() { DefinitionId = "hotline-12345" }));
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(2, instance.Version);
        Assert.Equal(call.Id, instance.CorrelationId);
        Assert.Equal("12345:1", instance.Variables["choice"]);
        Assert.Equal("13800000001", instance.Variables[CallVariables.Caller]);
        Assert.Equal(call.Id, instance.Variables[CallVariables.CallId]);
        Assert.Equal(0, _host.Get<CallSessions>().Count);
    }

    [Fact]
    public async Task A_caller_pattern_route_sends_matching_callers_to_their_own_flow()
    {
        var call = new FakeCallSession(caller: "13912345678", called: "12345");
        await _handler.HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);
        Assert.Contains("play: tts:cmn:贵宾13912345678您好", call.Operations);
    }

    [Fact]
    public async Task A_service_number_without_a_route_hears_not_in_service_and_is_hung_up()
    {
        var call = new FakeCallSession(called: "4009999999");
        await _handler.HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);

        Assert.Equal(["answer", "play: tts:cmn:您拨打的号码不存在，请查证后再拨。", "hangup: number not in service"], call.Operations);
        Assert.Empty(await _host.Runtime.QueryInstancesAsync(new()));
    }

    [Fact]
    public async Task A_hang_up_mid_menu_cancels_the_instance_and_the_journal_shows_the_menu()
    {
        var call = new FakeCallSession(called: "12345").HangUpAt("collect");
        await _handler.HandleAsync(call, call.Ended).WaitAsync(CallFlows.Timeout);

        var instance = Assert.Single(await _host.Runtime.QueryInstancesAsync(new() { DefinitionId = "hotline-12345" }));
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Equal([("start", "Done"), ("welcome", "Done"), ("menu", "Cancelled")], await _host.PathAsync(instance.Id));
        Assert.Equal(HangupSide.Caller, call.Hangup!.Side);
        Assert.DoesNotContain(call.Operations, o => o.StartsWith("hangup"));
        Assert.Equal(0, _host.Get<CallSessions>().Count);
    }

    [Fact]
    public async Task A_flow_that_waits_keeps_the_call_and_finds_it_again_when_resumed()
    {
        var call = new FakeCallSession(called: "12345").Keys("3");
        var handling = _handler.HandleAsync(call, call.Ended);
        await _suspensions.Suspended.Task.WaitAsync(CallFlows.Timeout);
        Assert.False(handling.IsCompleted);

        _host.Time.Advance(TimeSpan.FromSeconds(5));
        await handling.WaitAsync(CallFlows.Timeout);

        Assert.Contains("play: tts:cmn:已等待", call.Operations);
        Assert.Equal("hangup: the flow ended", call.Operations.Last());
    }

    [Fact]
    public async Task A_hang_up_while_the_flow_waits_cancels_the_stored_instance()
    {
        var call = new FakeCallSession(called: "12345").Keys("3");
        var handling = _handler.HandleAsync(call, call.Ended);
        var suspended = await _suspensions.Suspended.Task.WaitAsync(CallFlows.Timeout);

        call.CallerHangsUp();
        await handling.WaitAsync(CallFlows.Timeout);

        Assert.Equal(WorkflowStatus.Cancelled, (await _host.Runtime.GetInstanceAsync(suspended))!.Status);
        Assert.Equal(("wait", "Suspended"), (await _host.PathAsync(suspended))[^1]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private sealed class Suspensions : IRunListener
    {
        public TaskCompletionSource<string> Suspended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask OnRunSavedAsync(RunResult result, CancellationToken ct)
        {
            if (result.Status == WorkflowStatus.Suspended) Suspended.TrySetResult(result.InstanceId!);
            return ValueTask.CompletedTask;
        }
    }
}
