using CallCenter.Engine.Models;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static CallCenter.Engine.Tests.TestSupport.FlowBuilder;

namespace CallCenter.Engine.Tests.Execution;

/// <summary>Delay, StartAt and Timer resume through the in-process scheduler on the fake clock (08:00 Shanghai, 00:00 UTC).</summary>
public sealed class TimerTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static WorkflowDefinition WaitThenProbe(string type, object properties) => new FlowBuilder("wait")
        .Variable("seconds", VariableType.Number, 90)
        .Activity("start", "Start")
        .Activity("wait", type, properties)
        .Activity("after", "Probe", new { name = "after" })
        .Chain("start", "wait", "after")
        .Build();

    private async Task<string> StartAndExpectWaitUntil(DateTimeOffset due)
    {
        var run = await _host.StartAsync("wait");
        Assert.Equal(WorkflowStatus.Suspended, run.Status);
        Assert.Equal(due, Assert.Single(run.Bookmarks).ResumeAt);
        return run.InstanceId!;
    }

    private async Task AssertResumesExactlyAt(string instanceId, DateTimeOffset due)
    {
        _host.Time.Advance(due - _host.Time.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Equal(WorkflowStatus.Suspended, (await _host.Runtime.GetInstanceAsync(instanceId))!.Status);
        Assert.Equal(0, _host.Probes.Count("after"));

        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var finished = await _host.WaitForStatusAsync(instanceId, WorkflowStatus.Finished);

        Assert.Equal(1, _host.Probes.Count("after"));
        Assert.Equal(due, finished.FinishedAt);
        Assert.Empty(await _host.Instances.ListTimerBookmarksAsync());
    }

    [Fact]
    public async Task Delay_resumes_the_instance_when_its_duration_has_passed()
    {
        await _host.PublishAsync(WaitThenProbe("Delay", new { duration = "00:00:30" }));
        var due = EngineHost.DefaultStart.AddSeconds(30);

        var id = await StartAndExpectWaitUntil(due);

        await AssertResumesExactlyAt(id, due);
    }

    [Fact]
    public async Task Delay_duration_may_come_from_an_expression()
    {
        await _host.PublishAsync(WaitThenProbe("Delay", new { duration = Expr("seconds") }));
        var due = EngineHost.DefaultStart.AddSeconds(90);

        var id = await StartAndExpectWaitUntil(due);

        await AssertResumesExactlyAt(id, due);
    }

    [Fact]
    public async Task StartAt_resumes_the_instance_at_the_given_moment()
    {
        await _host.PublishAsync(WaitThenProbe("StartAt", new { at = "2025-01-06T10:00:00+08:00" }));
        var due = new DateTimeOffset(2025, 1, 6, 2, 0, 0, TimeSpan.Zero);

        var id = await StartAndExpectWaitUntil(due);

        await AssertResumesExactlyAt(id, due);
    }

    [Fact]
    public async Task StartAt_computed_from_now_is_read_in_the_center_time_zone()
    {
        // now is 08:00 wall time in Shanghai; two hours later is 10:00 Shanghai, 02:00 UTC, whatever the server's own zone.
        await _host.PublishAsync(WaitThenProbe("StartAt", new { at = Expr("now | date.add_hours 2") }));
        var due = new DateTimeOffset(2025, 1, 6, 2, 0, 0, TimeSpan.Zero);

        var id = await StartAndExpectWaitUntil(due);

        await AssertResumesExactlyAt(id, due);
    }

    [Fact]
    public async Task StartAt_in_the_past_goes_straight_on()
    {
        await _host.PublishAsync(WaitThenProbe("StartAt", new { at = "2025-01-05T10:00:00+08:00" }));

        var run = await _host.StartAsync("wait");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal(1, _host.Probes.Count("after"));
    }

    [Fact]
    public async Task Timer_waits_for_the_next_cron_occurrence_in_the_center_time_zone()
    {
        // 09:00 every day in Asia/Shanghai is 01:00 UTC; the clock starts at 08:00 Shanghai.
        await _host.PublishAsync(WaitThenProbe("Timer", new { cron = "0 9 * * *" }));
        var due = new DateTimeOffset(2025, 1, 6, 1, 0, 0, TimeSpan.Zero);

        var id = await StartAndExpectWaitUntil(due);

        await AssertResumesExactlyAt(id, due);
    }

    [Fact]
    public async Task Timer_accepts_six_field_cron_with_seconds()
    {
        await _host.PublishAsync(WaitThenProbe("Timer", new { cron = "15 30 8 * * *" }));
        var due = new DateTimeOffset(2025, 1, 6, 0, 30, 15, TimeSpan.Zero);

        var id = await StartAndExpectWaitUntil(due);

        await AssertResumesExactlyAt(id, due);
    }

    [Fact]
    public async Task Timer_in_a_loop_fires_at_every_occurrence()
    {
        await _host.PublishAsync(new FlowBuilder("daily")
            .Activity("start", "Start")
            .Activity("tick", "Timer", new { cron = "0 9 * * 1-5" })
            .Activity("report", "Probe", new { name = "report" })
            .Chain("start", "tick", "report", "tick")
            .Build());
        var run = await _host.StartAsync("daily");

        // Monday 2025-01-06 09:00 Shanghai, then Tuesday; the weekend is skipped (Friday → Monday).
        var store = _host.Services.GetRequiredService<ObservedInstanceStore>();
        WorkflowInstance instance = run.Instance!;
        for (var day = 1; day <= 5; day++)
        {
            _host.Time.Advance(TimeSpan.FromDays(1));
            var reports = day;
            // The run after each firing has reported and waits for the next occurrence.
            instance = await store.WaitForAsync(run.InstanceId!, i => _host.Probes.Count("report") == reports
                && i.Status == WorkflowStatus.Suspended && i.Bookmarks.Count == 1 && i.Bookmarks[0].ResumeAt > _host.Time.GetUtcNow());
        }

        // Friday's report is done; the next wait is for Monday 2025-01-13 09:00 Shanghai.
        Assert.Equal(new DateTimeOffset(2025, 1, 13, 1, 0, 0, TimeSpan.Zero), instance.Bookmarks[0].ResumeAt);
    }
}
