using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Engine.Tests.Execution;

public sealed class FlowRunTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Linear_flow_runs_each_activity_once_in_order_and_finishes()
    {
        await _host.PublishAsync(new FlowBuilder("linear")
            .Variable("greeting")
            .Activity("start", "Start")
            .Activity("set", "SetVariable", new { variable = "greeting", value = "hello" })
            .Activity("log", "Log", new { message = "{{ greeting }}" })
            .Activity("probe", "Probe", new { value = "{{ greeting }} world" })
            .Chain("start", "set", "log", "probe")
            .Build());

        var run = await _host.StartAsync("linear");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(_host.Time.GetUtcNow(), run.Instance!.FinishedAt);
        Assert.Empty(run.Bookmarks);
        Assert.Equal(["start", "set", "log", "probe"], await _host.PathAsync(run.InstanceId!));
        Assert.Equal("hello world", Assert.Single(_host.Probes.Hits).Value);
    }

    [Fact]
    public async Task Branch_not_taken_does_not_run_and_an_unconnected_outcome_ends_the_flow()
    {
        await _host.PublishAsync(new FlowBuilder("branch")
            .Variable("vip", VariableType.Boolean, false)
            .Activity("start", "Start")
            .Activity("check", "If", new { condition = Expr("vip") })
            .Activity("vip-line", "Probe", new { name = "vip" })
            .Connect("start", "check")
            .Connect("check", "True", "vip-line")
            .Build());

        var normal = await _host.StartAsync("branch");
        var vip = await _host.StartAsync("branch", new StartOptions(Variables: new Dictionary<string, object?> { ["vip"] = true }));

        Assert.Equal(WorkflowStatus.Finished, normal.Status);
        Assert.Equal(["start", "check"], await _host.PathAsync(normal.InstanceId!));
        Assert.Equal(["start", "check", "vip-line"], await _host.PathAsync(vip.InstanceId!));
    }

    [Fact]
    public async Task Counter_loop_via_If_back_to_SetVariable_runs_until_the_condition_fails()
    {
        await _host.PublishAsync(new FlowBuilder("counter")
            .Variable("i", VariableType.Number, 0)
            .Activity("start", "Start")
            .Activity("inc", "SetVariable", new { variable = "i", value = Expr("i + 1") })
            .Activity("check", "If", new { condition = Expr("i < 5") })
            .Activity("done", "Probe", new { value = Expr("i") })
            .Chain("start", "inc", "check")
            .Connect("check", "True", "inc")
            .Connect("check", "False", "done")
            .Build());

        var run = await _host.StartAsync("counter");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(5L, Convert.ToInt64(run.Instance!.Variables["i"]));
        var journal = await _host.JournalAsync(run.InstanceId!);
        Assert.Equal(5, journal.Count(j => j.ActivityId == "inc"));
        Assert.Equal(["True", "True", "True", "True", "False"], journal.Where(j => j.ActivityId == "check").Select(j => j.Outcome));
        Assert.Equal(5L, Convert.ToInt64(Assert.Single(_host.Probes.Hits).Value));
    }

    /// <summary>An IVR menu: prompt, wait for a digit, retry on a bad one, give up after three.</summary>
    private static WorkflowDefinition Menu() => new FlowBuilder("menu")
        .Variable("tries", VariableType.Number, 0)
        .Variable("digit")
        .Activity("start", "Start")
        .Activity("prompt", "Probe", new { name = "prompt" })
        .Activity("ask", "Event", new { eventName = "Digit", payload = "digit" })
        .Activity("valid", "If", new { condition = Expr("digit == '1'") })
        .Activity("sales", "Probe", new { name = "sales" })
        .Activity("count", "SetVariable", new { variable = "tries", value = Expr("tries + 1") })
        .Activity("again", "If", new { condition = Expr("tries < 3") })
        .Activity("invalid", "Probe", new { name = "invalid" })
        .Chain("start", "prompt", "ask", "valid")
        .Connect("valid", "True", "sales")
        .Connect("valid", "False", "count")
        .Connect("count", "again")
        .Connect("again", "True", "prompt")
        .Connect("again", "False", "invalid")
        .Build();

    [Fact]
    public async Task Menu_repeats_prompt_then_takes_Invalid_after_three_bad_digits()
    {
        await _host.PublishAsync(Menu());
        var run = await _host.StartAsync("menu");

        foreach (var digit in new[] { "7", "8" })
        {
            Assert.Equal(WorkflowStatus.Suspended, run.Status);
            run = await _host.Runtime.ResumeAsync(Assert.Single(run.Bookmarks).Id, digit);
            Assert.Equal(RunOutcome.Resumed, run.Outcome);
        }
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(3, _host.Probes.Count("prompt"));
        Assert.Equal(0, _host.Probes.Count("invalid"));

        run = await _host.Runtime.ResumeAsync(Assert.Single(run.Bookmarks).Id, "9");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(3, _host.Probes.Count("prompt"));
        Assert.Equal(1, _host.Probes.Count("invalid"));
        Assert.Equal(0, _host.Probes.Count("sales"));
        Assert.Equal("9", run.Instance!.Variables["digit"]);
    }

    [Fact]
    public async Task Menu_takes_the_chosen_branch_on_a_good_digit_after_a_bad_one()
    {
        await _host.PublishAsync(Menu());
        var run = await _host.StartAsync("menu");

        run = await _host.Runtime.ResumeAsync(run.Bookmarks.Single().Id, "5");
        run = await _host.Runtime.ResumeAsync(run.Bookmarks.Single().Id, "1");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal((2, 1, 0), (_host.Probes.Count("prompt"), _host.Probes.Count("sales"), _host.Probes.Count("invalid")));
    }

    [Fact]
    public async Task Loop_that_waits_each_round_is_not_stopped_by_the_per_run_step_limit()
    {
        await using var host = EngineHost.Create(o => o.MaxStepsPerRun = 10);
        await host.PublishAsync(new FlowBuilder("poll")
            .Activity("start", "Start")
            .Activity("tick", "Probe", new { name = "tick" })
            .Activity("wait", "Event", new { eventName = "Tick" })
            .Chain("start", "tick", "wait", "tick")
            .Build());
        var run = await host.StartAsync("poll");

        for (var i = 0; i < 20; i++) run = await host.Runtime.ResumeAsync(run.Bookmarks.Single().Id);

        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(21, host.Probes.Count("tick"));
    }

    [Fact]
    public async Task End_finishes_the_flow_even_with_other_branches_waiting_and_removes_their_bookmarks()
    {
        await _host.PublishAsync(new FlowBuilder("hangup")
            .Activity("start", "Start")
            .Activity("hangup", "Event", new { eventName = "Hangup" })
            .Activity("end", "End")
            .Activity("digit", "Event", new { eventName = "Digit" })
            .Activity("menu", "Probe", new { name = "menu" })
            .Activity("timeout", "Delay", new { duration = 60 })
            .Activity("late", "Probe", new { name = "late" })
            .Connect("start", "hangup").Connect("hangup", "end")
            .Connect("start", "digit").Connect("digit", "menu")
            .Connect("start", "timeout").Connect("timeout", "late")
            .Build());
        var run = await _host.StartAsync("hangup");
        Assert.Equal(3, run.Bookmarks.Count);
        var digitBookmark = run.Bookmarks.Single(b => b.ActivityId == "digit").Id;

        var ended = Assert.Single(await _host.Runtime.ResumeByStimulusAsync("Event", "Hangup"));

        Assert.Equal(WorkflowStatus.Finished, ended.Status);
        Assert.Empty(ended.Bookmarks);
        Assert.Null(await _host.Instances.FindBookmarkAsync(digitBookmark));
        Assert.Equal(RunOutcome.NotFound, (await _host.Runtime.ResumeAsync(digitBookmark, "1")).Outcome);
        Assert.Empty(await _host.Runtime.ResumeByStimulusAsync("Event", "Digit"));
        _host.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, _host.Probes.Count("late") + _host.Probes.Count("menu"));
        Assert.Equal(WorkflowStatus.Finished, (await _host.Runtime.GetInstanceAsync(run.InstanceId!))!.Status);
    }

    [Fact]
    public async Task Start_input_is_visible_to_scripts_and_start_variables_override_defaults()
    {
        await _host.PublishAsync(new FlowBuilder("inputs")
            .Variable("lang", VariableType.String, "en")
            .Activity("start", "Start")
            .Activity("probe", "Probe", new { value = "{{ input.caller }}/{{ lang }}" })
            .Chain("start", "probe")
            .Build());

        await _host.StartAsync("inputs", new StartOptions(
            Variables: new Dictionary<string, object?> { ["lang"] = "zh" },
            Input: new Dictionary<string, object?> { ["caller"] = "13800138000" }));

        Assert.Equal("13800138000/zh", Assert.Single(_host.Probes.Hits).Value);
    }
}
