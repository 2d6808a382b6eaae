using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Execution;

public sealed class SubFlowTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>A child that greets its input, optionally waits for an event "Pick:{{ tag }}", and stores a choice.</summary>
    private Task PublishMenuAsync(bool wait) => _host.PublishAsync(new FlowBuilder("menu")
        .Variable("who").Variable("tag").Variable("greeting").Variable("choice")
        .Activity("start", "Start")
        .Activity("greet", "SetVariable", new { variable = "greeting", value = "Hello {{ who }}" })
        .Activity("pick", wait ? "Event" : "SetVariable", wait
            ? new { eventName = "Pick", correlation = "{{ tag }}", payload = "choice" }
            : (object)new { variable = "choice", value = "2" })
        .Chain("start", "greet", "pick")
        .Build());

    private Task PublishParentAsync(string id = "main", string child = "menu") => _host.PublishAsync(new FlowBuilder(id)
        .Variable("caller").Variable("picked").Variable("said").Variable("menu_result", VariableType.Object)
        .Activity("start", "Start")
        .Activity("sub", "SubFlow", new
        {
            flow = child,
            inputs = new Dictionary<string, object> { ["who"] = "{{ caller }}", ["tag"] = FlowBuilder.Expr("caller + '-1'") },
            outputs = new Dictionary<string, string> { ["picked"] = "choice", ["said"] = "greeting" },
            result = "menu_result",
        })
        .Activity("done", "Probe", new { name = "done", value = "{{ picked }}" })
        .Activity("cancelled", "Probe", new { name = "cancelled" })
        .Activity("error", "Probe", new { name = "error" })
        .Connect("start", "sub").Connect("sub", "done").Connect("sub", "Cancelled", "cancelled").Connect("sub", "Error", "error")
        .Build());

    private static StartOptions Caller(string caller) =>
        new(new Dictionary<string, object?> { ["caller"] = caller }, CorrelationId: "call-" + caller);

    [Fact]
    public async Task Child_without_a_wait_runs_inline_and_copies_its_variables_back_without_a_bookmark()
    {
        await PublishMenuAsync(wait: false);
        await PublishParentAsync();

        var run = await _host.StartAsync("main", Caller("Li"));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("2", run.Instance!.Variables["picked"]);
        Assert.Equal("Hello Li", run.Instance.Variables["said"]);
        var result = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(run.Instance.Variables["menu_result"]);
        Assert.Equal("Li-1", result["tag"]);
        Assert.False(result.ContainsKey(SubFlowLink.VariableName));
        var child = Assert.Single(await _host.Runtime.QueryInstancesAsync(new InstanceQuery(DefinitionId: "menu")));
        Assert.Equal(WorkflowStatus.Finished, child.Status);
        Assert.Equal("call-Li", child.CorrelationId);
        Assert.Equal(run.InstanceId, SubFlowLink.Of(child)!.ParentInstanceId);
        Assert.Equal(1, _host.Probes.Count("done"));
    }

    [Fact]
    public async Task Parent_waits_for_its_child_and_resumes_exactly_once_when_the_child_finishes()
    {
        await PublishMenuAsync(wait: true);
        await PublishParentAsync();

        var run = await _host.StartAsync("main", Caller("Li"));
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        var wait = Assert.Single(run.Bookmarks);
        Assert.Equal(SubFlow.BookmarkType, wait.Type);
        var child = Assert.Single(await _host.Runtime.QueryInstancesAsync(new InstanceQuery(DefinitionId: "menu")));
        Assert.Equal(wait.CorrelationKey, child.Id);
        Assert.Equal(WorkflowStatus.Suspended, child.Status);

        // The child's end resumes the parent before the child's resume returns: no polling.
        var resumed = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _host.Runtime.ResumeByStimulusAsync(Event.BookmarkType, "Pick:Li-1", "3")));
        Assert.Equal(1, resumed.SelectMany(r => r).Count(r => r.Outcome == RunOutcome.Resumed));

        var parent = (await _host.Runtime.GetInstanceAsync(run.InstanceId!))!;
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        Assert.Equal("3", parent.Variables["picked"]);
        Assert.Equal(1, _host.Probes.Count("done"));
        Assert.NotEqual(RunOutcome.Resumed, (await _host.Runtime.ResumeAsync(wait.Id)).Outcome);
        var journal = await _host.JournalAsync(run.InstanceId!);
        Assert.Equal(["start:Done", "sub:Suspended", "sub:Done", "done:Done"], journal.Select(j => $"{j.ActivityId}:{j.Outcome}"));
    }

    [Fact]
    public async Task Cancelling_the_parent_cancels_its_running_child()
    {
        await PublishMenuAsync(wait: true);
        await PublishParentAsync();
        var run = await _host.StartAsync("main", Caller("Li"));
        var childId = run.Bookmarks.Single().CorrelationKey!;

        var cancelled = await _host.Runtime.CancelAsync(run.InstanceId!);

        Assert.Equal(RunOutcome.Cancelled, cancelled.Outcome);
        Assert.Equal(WorkflowStatus.Cancelled, (await _host.Runtime.GetInstanceAsync(childId))!.Status);
        Assert.Empty(await _host.Instances.FindBookmarksAsync(Event.BookmarkType, "Pick:Li-1"));
        Assert.Equal(0, _host.Probes.Count("cancelled") + _host.Probes.Count("done"));
    }

    [Fact]
    public async Task Cancelling_the_child_takes_the_parents_Cancelled_outcome()
    {
        await PublishMenuAsync(wait: true);
        await PublishParentAsync();
        var run = await _host.StartAsync("main", Caller("Li"));

        await _host.Runtime.CancelAsync(run.Bookmarks.Single().CorrelationKey!);

        Assert.Equal(WorkflowStatus.Finished, (await _host.Runtime.GetInstanceAsync(run.InstanceId!))!.Status);
        Assert.Equal(1, _host.Probes.Count("cancelled"));
    }

    [Fact]
    public async Task A_faulted_child_is_an_incident_of_the_parent_and_takes_its_Error_outcome()
    {
        await _host.PublishAsync(new FlowBuilder("menu").Activity("start", "Start").Activity("boom", "Fail", new { message = "no menu today" }).Chain("start", "boom").Build());
        await PublishParentAsync();

        var run = await _host.StartAsync("main", Caller("Li"));

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(1, _host.Probes.Count("error"));
        var incident = Assert.Single(await _host.IncidentsAsync(run.InstanceId!));
        Assert.Equal("sub", incident.ActivityId);
        Assert.Contains("no menu today", incident.Message);
    }

    [Fact]
    public async Task A_child_faulting_after_a_wait_faults_the_parent_when_Error_is_not_connected()
    {
        await _host.PublishAsync(new FlowBuilder("menu")
            .Activity("start", "Start").Activity("wait", "Event", new { eventName = "Go" }).Activity("boom", "Fail")
            .Chain("start", "wait", "boom").Build());
        await _host.PublishAsync(new FlowBuilder("main").Activity("start", "Start").Activity("sub", "SubFlow", new { flow = "menu" }).Chain("start", "sub").Build());
        var run = await _host.StartAsync("main");

        await _host.Runtime.ResumeByStimulusAsync(Event.BookmarkType, "Go");

        var parent = (await _host.Runtime.GetInstanceAsync(run.InstanceId!))!;
        Assert.Equal(WorkflowStatus.Faulted, parent.Status);
        Assert.Contains("boom", parent.FaultMessage);
    }

    [Fact]
    public async Task A_flow_calling_itself_stops_at_the_depth_limit_with_an_incident()
    {
        await _host.PublishAsync(new FlowBuilder("loop")
            .Variable("level", VariableType.Number, 0)
            .Activity("start", "Start")
            .Activity("again", "SubFlow", new { flow = "loop", inputs = new { level = FlowBuilder.Expr("level + 1") } })
            .Activity("deepest", "Probe", new { name = "deepest", value = FlowBuilder.Expr("level") })
            .Connect("start", "again").Connect("again", "Error", "deepest")
            .Build());

        var run = await _host.StartAsync("loop");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        var hit = Assert.Single(_host.Probes.Hits);
        Assert.Equal(8L, Convert.ToInt64(hit.Value));
        var deepest = await _host.IncidentsAsync(hit.InstanceId);
        Assert.Contains("deeper than 8", Assert.Single(deepest).Message);
        Assert.Equal(9, (await _host.Runtime.QueryInstancesAsync(new InstanceQuery(DefinitionId: "loop"))).Count);
    }

    [Fact]
    public async Task Publishing_a_flow_naming_a_flow_that_is_not_published_is_refused()
    {
        var result = await _host.Definitions.PublishAsync(new FlowBuilder("main")
            .Activity("start", "Start").Activity("sub", "SubFlow", new { flow = "no-such-menu" }).Chain("start", "sub").Build());

        Assert.False(result.Success);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal("sub", error.ActivityId);
        Assert.Equal("flow", error.Property);
        Assert.Contains("'no-such-menu' is not published", error.Message);
        Assert.Equal(0, await _host.DefinitionStore.GetLatestVersionAsync("main"));
    }
}
