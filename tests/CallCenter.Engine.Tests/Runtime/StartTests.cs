using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Runtime;

public sealed class StartTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public async Task InitializeAsync() => await _host.PublishAsync(new FlowBuilder("ivr")
        .Activity("start", "Start")
        .Activity("answer", "Probe", new { name = "answer" })
        .Activity("wait", "Event", new { eventName = "Digit" })
        .Chain("start", "answer", "wait")
        .Build());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_saves_the_instance_with_its_correlation_id_and_times()
    {
        var run = await _host.StartAsync("ivr", new StartOptions(CorrelationId: "call-9", InstanceId: "inst-9"));

        var stored = await _host.Runtime.GetInstanceAsync("inst-9");
        Assert.Equal("inst-9", run.InstanceId);
        Assert.Equal(("call-9", WorkflowStatus.Suspended), (stored!.CorrelationId, stored.Status));
        Assert.Equal(EngineHost.DefaultStart, stored.CreatedAt);
        Assert.Null(stored.FinishedAt);
    }

    [Fact]
    public async Task Starting_with_an_instance_id_that_already_exists_runs_nothing()
    {
        // e.g. the same inbound call reported twice, with the call id as instance id: the caller must not hear the greeting twice.
        var first = await _host.Runtime.StartAsync("ivr", new StartOptions(InstanceId: "call-1"));

        var second = await _host.Runtime.StartAsync("ivr", new StartOptions(InstanceId: "call-1"));

        Assert.Equal(RunOutcome.Started, first.Outcome);
        Assert.Equal(RunOutcome.AlreadyHandled, second.Outcome);
        Assert.False(second.Ran);
        Assert.Equal(1, _host.Probes.Count("answer"));
        var stored = await _host.Runtime.GetInstanceAsync("call-1");
        Assert.Equal(first.Bookmarks.Single().Id, stored!.Bookmarks.Single().Id);
    }
}
