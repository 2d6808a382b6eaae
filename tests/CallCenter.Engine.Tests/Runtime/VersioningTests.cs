using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Runtime;

public sealed class VersioningTests
{
    private static WorkflowDefinition Flow(string path) => new FlowBuilder("ivr")
        .Activity("start", "Start")
        .Activity("wait", "Event", new { eventName = "Digit" })
        .Activity(path, "Probe", new { name = path })
        .Chain("start", "wait", path)
        .Build();

    [Fact]
    public async Task Start_by_definition_runs_the_latest_published_version()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(Flow("v1"));
        await host.PublishAsync(Flow("v2"));

        var run = await host.StartAsync("ivr");

        Assert.Equal(("ivr", 2), (run.Instance!.DefinitionId, run.Instance.Version));
    }

    [Fact]
    public async Task Publishing_v2_leaves_a_suspended_v1_instance_on_v1_while_new_starts_use_v2()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(Flow("v1-path"));
        var old = await host.StartAsync("ivr");

        await host.PublishAsync(Flow("v2-path"));
        var fresh = await host.StartAsync("ivr");
        var oldResumed = await host.Runtime.ResumeAsync(old.Bookmarks.Single().Id, "1");
        var freshResumed = await host.Runtime.ResumeAsync(fresh.Bookmarks.Single().Id, "1");

        Assert.Equal(1, oldResumed.Instance!.Version);
        Assert.Equal(2, freshResumed.Instance!.Version);
        Assert.Equal(["v1-path"], (await host.PathAsync(old.InstanceId!)).Skip(3));
        Assert.Equal(["v2-path"], (await host.PathAsync(fresh.InstanceId!)).Skip(3));
        Assert.Equal([old.InstanceId, fresh.InstanceId], host.Probes.Hits.Select(h => h.InstanceId));
        Assert.All([oldResumed, freshResumed], r => Assert.Equal(WorkflowStatus.Finished, r.Status));
    }

    [Fact]
    public async Task Starting_an_unknown_definition_reports_NotFound()
    {
        await using var host = EngineHost.Create();

        var run = await host.Runtime.StartAsync("nope");

        Assert.Equal(RunOutcome.NotFound, run.Outcome);
        Assert.False(run.Ran);
        Assert.Contains("nope", run.Message);
    }
}
