using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Execution;

public sealed class CancellationTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Cancelling_a_suspended_instance_ends_it_Cancelled_and_removes_its_bookmarks_and_timers()
    {
        await _host.PublishAsync(new FlowBuilder("queue")
            .Activity("start", "Start")
            .Activity("agent", "Event", new { eventName = "AgentFree" })
            .Activity("connect", "Probe", new { name = "connect" })
            .Activity("timeout", "Delay", new { duration = 60 })
            .Activity("voicemail", "Probe", new { name = "voicemail" })
            .Connect("start", "agent").Connect("agent", "connect")
            .Connect("start", "timeout").Connect("timeout", "voicemail")
            .Build());
        var run = await _host.StartAsync("queue");
        var agentBookmark = run.Bookmarks.Single(b => b.ActivityId == "agent").Id;

        var cancelled = await _host.Runtime.CancelAsync(run.InstanceId!);

        Assert.Equal(RunOutcome.Cancelled, cancelled.Outcome);
        Assert.Equal(WorkflowStatus.Cancelled, cancelled.Status);
        Assert.Equal(_host.Time.GetUtcNow(), cancelled.Instance!.FinishedAt);
        Assert.Empty(cancelled.Bookmarks);
        Assert.Null(await _host.Instances.FindBookmarkAsync(agentBookmark));
        Assert.Empty(await _host.Instances.ListTimerBookmarksAsync());
        Assert.Equal(RunOutcome.NotFound, (await _host.Runtime.ResumeAsync(agentBookmark)).Outcome);
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, _host.Probes.Count("voicemail") + _host.Probes.Count("connect"));
        Assert.Equal(WorkflowStatus.Cancelled, (await _host.Runtime.GetInstanceAsync(run.InstanceId!))!.Status);
    }

    [Fact]
    public async Task Cancelling_while_an_activity_is_running_interrupts_it_and_ends_the_instance_Cancelled()
    {
        await _host.PublishAsync(new FlowBuilder("busy")
            .Activity("start", "Start")
            .Activity("work", "Block")
            .Activity("after", "Probe", new { name = "after" })
            .Chain("start", "work", "after")
            .Build());
        var running = Task.Run(() => _host.Runtime.StartAsync("busy", new StartOptions(InstanceId: "call-42")));
        await _host.Gate.Entered.Task.WaitAsync(EngineHost.DefaultTimeout);

        var cancel = await _host.Runtime.CancelAsync("call-42");
        var run = await running.WaitAsync(EngineHost.DefaultTimeout);

        Assert.Equal(RunOutcome.Cancelled, run.Outcome);
        Assert.Equal(WorkflowStatus.Cancelled, run.Status);
        Assert.Equal(RunOutcome.Cancelled, cancel.Outcome);
        Assert.Equal(WorkflowStatus.Cancelled, cancel.Status);
        Assert.Equal(0, _host.Probes.Count("after"));
        Assert.Equal(WorkflowStatus.Cancelled, (await _host.Runtime.GetInstanceAsync("call-42"))!.Status);
        Assert.Empty(await _host.IncidentsAsync("call-42"));
        // The journal says where the instance was interrupted.
        var last = (await _host.Instances.GetJournalAsync("call-42"))[^1];
        Assert.Equal(("work", "Cancelled"), (last.ActivityId, last.Outcome));
    }

    [Fact]
    public async Task Cancelling_an_instance_that_already_ended_changes_nothing()
    {
        await _host.PublishAsync(new FlowBuilder("short").Activity("start", "Start").Build());
        var run = await _host.StartAsync("short");

        var cancel = await _host.Runtime.CancelAsync(run.InstanceId!);

        Assert.Equal(RunOutcome.AlreadyHandled, cancel.Outcome);
        Assert.Equal(WorkflowStatus.Finished, (await _host.Runtime.GetInstanceAsync(run.InstanceId!))!.Status);
    }

    [Fact]
    public async Task Cancelling_an_unknown_instance_reports_NotFound()
    {
        var cancel = await _host.Runtime.CancelAsync("no-such-instance");

        Assert.Equal(RunOutcome.NotFound, cancel.Outcome);
        Assert.Null(cancel.Instance);
    }
}
