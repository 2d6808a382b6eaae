using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Execution;

public sealed class JournalTests
{
    private static WorkflowDefinition CallbackFlow() => new FlowBuilder("callback")
        .Variable("vip", VariableType.Boolean, true)
        .Activity("start", "Start")
        .Activity("check", "If", new { condition = FlowBuilder.Expr("vip") })
        .Activity("wait", "Delay", new { duration = 30 })
        .Activity("call", "Probe")
        .Chain("start", "check")
        .Connect("check", "True", "wait")
        .Connect("wait", "call")
        .Build();

    [Fact]
    public async Task Journal_has_one_record_per_activity_execution_with_its_outcome_and_times()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(CallbackFlow());
        var started = host.Time.GetUtcNow();

        var run = await host.StartAsync("callback");
        host.Time.Advance(TimeSpan.FromSeconds(30));
        await host.WaitForStatusAsync(run.InstanceId!, WorkflowStatus.Finished);

        var journal = await host.JournalAsync(run.InstanceId!);
        Assert.Equal(
            [("start", "Start", "Done"), ("check", "If", "True"), ("wait", "Delay", "Suspended"), ("wait", "Delay", "Done"), ("call", "Probe", "Done")],
            journal.Select(j => (j.ActivityId, j.ActivityType, j.Outcome)));
        Assert.All(journal, j => Assert.Equal(run.InstanceId, j.InstanceId));
        Assert.All(journal, j => Assert.Null(j.Error));
        Assert.All(journal.Take(3), j => Assert.Equal(started, j.StartedAt));
        Assert.All(journal.Skip(3), j => Assert.Equal(started.AddSeconds(30), j.CompletedAt));
    }

    [Fact]
    public async Task End_is_journaled_without_an_outcome()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f").Activity("start", "Start").Activity("end", "End").Chain("start", "end").Build());

        var run = await host.StartAsync("f");

        var last = (await host.JournalAsync(run.InstanceId!))[^1];
        Assert.Equal(("end", (string?)null), (last.ActivityId, last.Outcome));
    }

    [Fact]
    public async Task Journal_can_be_switched_off()
    {
        await using var host = EngineHost.Create(o => o.JournalEnabled = false);
        await host.PublishAsync(CallbackFlow());

        var run = await host.StartAsync("callback");

        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Empty(await host.JournalAsync(run.InstanceId!));
    }
}
