using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Activities.Tests.Calls;

/// <summary>A shared menu run as a SubFlow reaches the caller's call, and the caller hanging up in it cancels both flows.</summary>
public sealed class SubFlowCallTests : IAsyncLifetime
{
    private ActivityHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await CallHost.StartAsync(seed: false);
        await _host.PublishAsync(new FlowBuilder("shared-menu").Variable("choice")
            .Activity("start", "Start")
            .Activity("menu", "Menu", new { text = "请按键", options = new[] { new { digit = "1" }, new { digit = "2" } }, digit = "choice" })
            .Activity("done", "End")
            .Connect("start", "menu").Connect("menu", "1", "done").Connect("menu", "2", "done")
            .Build());
        await _host.PublishAsync(new FlowBuilder("line").Variable("picked")
            .Activity("start", "Start")
            .Activity("answer", "Answer")
            .Activity("sub", "SubFlow", new { flow = "shared-menu", outputs = new Dictionary<string, string> { ["picked"] = "choice" } })
            .Activity("say", "Play", new { text = "您按了{{ picked }}" })
            .Chain("start", "answer", "sub", "say")
            .Build());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_sub_flow_plays_and_collects_on_the_parents_call()
    {
        var call = new FakeCallSession().Keys("2");
        var run = await _host.RunCallAsync("line", call);

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("2", run.Instance!.Variables["picked"]);
        Assert.Contains("play: tts:cmn:您按了2", call.Operations);
    }

    [Fact]
    public async Task Hanging_up_in_the_sub_flow_cancels_the_parent_and_the_child()
    {
        var call = new FakeCallSession().HangUpAt("collect", 1);
        var run = await _host.RunCallAsync("line", call);

        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        var runtime = _host.Runtime;
        var child = Assert.Single(await runtime.QueryInstancesAsync(new InstanceQuery(DefinitionId: "shared-menu")));
        Assert.Equal(WorkflowStatus.Cancelled, child.Status);
    }
}
