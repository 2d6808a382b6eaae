using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Execution;

public sealed class FaultTests
{
    [Fact]
    public async Task Activity_that_throws_records_an_incident_and_takes_its_Error_outcome_when_connected()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("print", "Fail", new { message = "printer on fire" })
            .Activity("ok", "Probe", new { name = "ok" })
            .Activity("fallback", "Probe", new { name = "fallback" })
            .Connect("start", "print")
            .Connect("print", "ok")
            .Connect("print", "Error", "fallback")
            .Build());

        var run = await host.StartAsync("f");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Null(run.Instance!.FaultMessage);
        Assert.Equal((0, 1), (host.Probes.Count("ok"), host.Probes.Count("fallback")));
        var incident = Assert.Single(await host.IncidentsAsync(run.InstanceId!));
        Assert.Equal(("print", "Fail"), (incident.ActivityId, incident.ActivityType));
        Assert.Contains("printer on fire", incident.Message);
        Assert.Equal(typeof(InvalidOperationException).FullName, incident.ExceptionType);
        Assert.Equal(host.Time.GetUtcNow(), incident.At);
        Assert.Single(run.Incidents);
        var entry = (await host.JournalAsync(run.InstanceId!)).Single(j => j.ActivityId == "print");
        Assert.Equal(("Error", "printer on fire"), (entry.Outcome, entry.Error));
    }

    [Fact]
    public async Task Activity_that_throws_without_an_Error_connection_faults_the_instance_with_a_message_naming_it()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("print", "Fail", new { message = "printer on fire" })
            .Activity("ok", "Probe", new { name = "ok" })
            .Activity("wait", "Event", new { eventName = "Later" })
            .Connect("start", "wait")
            .Connect("start", "print")
            .Connect("print", "ok")
            .Build());

        var run = await host.StartAsync("f");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Equal("Fail 'print' failed: printer on fire", run.Instance!.FaultMessage);
        Assert.Equal(host.Time.GetUtcNow(), run.Instance.FinishedAt);
        Assert.Empty(run.Bookmarks);
        Assert.Empty(await host.Runtime.ResumeByStimulusAsync("Event", "Later"));
        Assert.Equal(0, host.Probes.Count("ok"));
        var incident = Assert.Single(await host.IncidentsAsync(run.InstanceId!));
        Assert.Equal("print", incident.ActivityId);
    }

    [Fact]
    public async Task Endless_loop_without_a_wait_faults_after_MaxStepsPerRun()
    {
        await using var host = EngineHost.Create(o => o.MaxStepsPerRun = 50);
        await host.PublishAsync(new FlowBuilder("spin")
            .Variable("n", VariableType.Number, 0)
            .Activity("start", "Start")
            .Activity("a", "SetVariable", new { variable = "n", value = FlowBuilder.Expr("n + 1") })
            .Activity("b", "Log", new { message = "round {{ n }}", level = "Debug" })
            .Chain("start", "a", "b", "a")
            .Build());

        var run = await host.StartAsync("spin");

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        Assert.Contains("more than 50 activities ran without waiting", run.Instance!.FaultMessage);
        Assert.Equal(50, (await host.JournalAsync(run.InstanceId!)).Count);
        Assert.Single(await host.IncidentsAsync(run.InstanceId!));
    }

    [Fact]
    public async Task Faulted_instance_cannot_be_resumed()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(new FlowBuilder("f")
            .Activity("start", "Start")
            .Activity("wait", "Event", new { eventName = "Go" })
            .Activity("print", "Fail")
            .Activity("after", "Event", new { eventName = "Go" })
            .Chain("start", "wait", "print", "after")
            .Build());
        var run = await host.StartAsync("f");

        var faulted = await host.Runtime.ResumeAsync(run.Bookmarks.Single().Id);
        var again = await host.Runtime.ResumeByStimulusAsync("Event", "Go");

        Assert.Equal(WorkflowStatus.Faulted, faulted.Status);
        Assert.Empty(again);
        Assert.Equal(WorkflowStatus.Faulted, (await host.Runtime.GetInstanceAsync(run.InstanceId!))!.Status);
    }
}
