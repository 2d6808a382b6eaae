using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Execution;

public sealed class ForkJoinTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>start's Done forks to a branch waiting for event A and a branch waiting for event B; both meet at a join.</summary>
    private static WorkflowDefinition TwoWaitingBranches(string mode) => new FlowBuilder("fork")
        .Activity("start", "Start")
        .Activity("left", "Event", new { eventName = "A" })
        .Activity("right", "Event", new { eventName = "B" })
        .Activity("join", "Join", new { mode })
        .Activity("after", "Probe", new { name = "after" })
        .Connect("start", "left").Connect("start", "right")
        .Connect("left", "join").Connect("right", "join")
        .Connect("join", "after")
        .Build();

    [Fact]
    public async Task One_outcome_connected_to_two_targets_runs_both_branches()
    {
        await _host.PublishAsync(new FlowBuilder("fork")
            .Activity("start", "Start")
            .Activity("sms", "Probe", new { name = "sms" })
            .Activity("mail", "Probe", new { name = "mail" })
            .Connect("start", "sms").Connect("start", "mail")
            .Build());

        var run = await _host.StartAsync("fork");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal((1, 1), (_host.Probes.Count("sms"), _host.Probes.Count("mail")));
    }

    [Fact]
    public async Task Fork_leaves_one_bookmark_per_waiting_branch()
    {
        await _host.PublishAsync(TwoWaitingBranches("WaitAll"));

        var run = await _host.StartAsync("fork");

        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(["Event:A", "Event:B"], run.Bookmarks.Select(b => $"{b.Type}:{b.CorrelationKey}").Order());
    }

    [Theory]
    [InlineData("A", "B")]
    [InlineData("B", "A")]
    public async Task Join_WaitAll_continues_only_once_both_branches_have_arrived(string first, string second)
    {
        await _host.PublishAsync(TwoWaitingBranches("WaitAll"));
        var run = await _host.StartAsync("fork");

        var afterFirst = Assert.Single(await _host.Runtime.ResumeByStimulusAsync("Event", first));
        Assert.Equal(WorkflowStatus.Suspended, afterFirst.Status);
        Assert.Equal(0, _host.Probes.Count("after"));

        var afterSecond = Assert.Single(await _host.Runtime.ResumeByStimulusAsync("Event", second));

        Assert.Equal(WorkflowStatus.Finished, afterSecond.Status);
        Assert.Equal(1, _host.Probes.Count("after"));
        Assert.Empty(afterSecond.Instance!.JoinArrivals);
        Assert.Equal(1, (await _host.JournalAsync(run.InstanceId!)).Count(j => j.ActivityId == "join"));
    }

    [Fact]
    public async Task Join_WaitAll_with_one_branch_done_at_once_waits_for_the_other()
    {
        await _host.PublishAsync(new FlowBuilder("fork")
            .Activity("start", "Start")
            .Activity("quick", "Probe", new { name = "quick" })
            .Activity("slow", "Event", new { eventName = "Agent" })
            .Activity("join", "Join")
            .Activity("after", "Probe", new { name = "after" })
            .Connect("start", "quick").Connect("start", "slow")
            .Connect("quick", "join").Connect("slow", "join")
            .Connect("join", "after")
            .Build());

        var run = await _host.StartAsync("fork");
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal((1, 0), (_host.Probes.Count("quick"), _host.Probes.Count("after")));

        var done = await _host.Runtime.ResumeAsync(run.Bookmarks.Single().Id);

        Assert.Equal(WorkflowStatus.Finished, done.Status);
        Assert.Equal(1, _host.Probes.Count("after"));
    }

    [Fact]
    public async Task Join_WaitAny_continues_on_each_arrival()
    {
        await _host.PublishAsync(TwoWaitingBranches("WaitAny"));
        await _host.StartAsync("fork");

        var afterFirst = Assert.Single(await _host.Runtime.ResumeByStimulusAsync("Event", "A"));
        Assert.Equal(WorkflowStatus.Suspended, afterFirst.Status);
        Assert.Equal(1, _host.Probes.Count("after"));

        var afterSecond = Assert.Single(await _host.Runtime.ResumeByStimulusAsync("Event", "B"));

        Assert.Equal(WorkflowStatus.Finished, afterSecond.Status);
        Assert.Equal(2, _host.Probes.Count("after"));
    }
}
