using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Runtime;

public sealed class ConcurrencyTests : IAsyncLifetime
{
    private readonly EngineHost _host = EngineHost.Create();

    public async Task InitializeAsync() => await _host.PublishAsync(new FlowBuilder("wait")
        .Variable("who")
        .Activity("start", "Start")
        .Activity("wait", "Event", new { eventName = "Go", payload = "who" })
        .Activity("after", "Probe", new { name = "after", value = "{{ workflow.instance_id }}:{{ who }}" })
        .Chain("start", "wait", "after")
        .Build());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Runs <paramref name="count"/> calls on pool threads, released together to overlap as much as possible.</summary>
    private static async Task<T[]> AllAtOnce<T>(int count, Func<int, Task<T>> call)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            await go.Task;
            return await call(i);
        })).ToList();
        go.SetResult();
        return await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_bookmark_resumed_by_64_callers_at_once_runs_exactly_once()
    {
        var run = await _host.StartAsync("wait");
        var bookmark = run.Bookmarks.Single().Id;

        var results = await AllAtOnce(64, i => _host.Runtime.ResumeAsync(bookmark, $"caller-{i}"));

        var winner = Assert.Single(results, r => r.Outcome == RunOutcome.Resumed);
        Assert.All(results.Where(r => r != winner), r => Assert.Contains(r.Outcome, new[] { RunOutcome.AlreadyHandled, RunOutcome.NotFound }));
        Assert.Equal(1, _host.Probes.Count("after"));
        Assert.Equal(1, (await _host.JournalAsync(run.InstanceId!)).Count(j => j.ActivityId == "after"));
        var instance = await _host.Runtime.GetInstanceAsync(run.InstanceId!);
        Assert.Equal(WorkflowStatus.Finished, instance!.Status);
        // The payload stored is the winner's, and the probe saw the same one.
        Assert.Equal($"{run.InstanceId}:{instance.Variables["who"]}", _host.Probes.Hits.Single().Value);
    }

    [Fact]
    public async Task A_stimulus_raised_by_many_callers_at_once_resumes_its_instance_once()
    {
        var run = await _host.StartAsync("wait");

        var results = await AllAtOnce(32, _ => _host.Runtime.ResumeByStimulusAsync(Event.BookmarkType, "Go"));

        Assert.Single(results.SelectMany(r => r), r => r.Outcome == RunOutcome.Resumed);
        Assert.Equal(1, _host.Probes.Count("after", run.InstanceId!));
    }

    [Fact]
    public async Task Parallel_resumes_of_many_different_instances_all_succeed()
    {
        var runs = new List<RunResult>();
        for (var i = 0; i < 200; i++) runs.Add(await _host.StartAsync("wait"));

        var results = await AllAtOnce(runs.Count, i => _host.Runtime.ResumeAsync(runs[i].Bookmarks.Single().Id, $"c{i}"));

        Assert.All(results, r => Assert.Equal(RunOutcome.Resumed, r.Outcome));
        Assert.All(results, r => Assert.Equal(WorkflowStatus.Finished, r.Status));
        Assert.Equal(200, _host.Probes.Count("after"));
        // Scripts rendered in parallel each saw their own instance and input.
        var expected = runs.Select((r, i) => $"{r.InstanceId}:c{i}").Order();
        Assert.Equal(expected, _host.Probes.Hits.Select(h => (string)h.Value!).Order());
        Assert.Empty(await _host.Runtime.QueryInstancesAsync(new(Status: WorkflowStatus.Suspended)));
    }

    [Fact]
    public async Task Parallel_starts_each_get_their_own_instance()
    {
        var results = await AllAtOnce(100, _ => _host.Runtime.StartAsync("wait"));

        Assert.All(results, r => Assert.Equal(RunOutcome.Started, r.Outcome));
        Assert.Equal(100, results.Select(r => r.InstanceId).Distinct().Count());
        Assert.Equal(100, (await _host.Instances.FindBookmarksAsync(Event.BookmarkType, "Go")).Count);
    }
}
