using CallCenter.Engine.Activities;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Engine.Tests.Workflows;

/// <summary>The flows shipped under workflows/ are valid and do what their descriptions say.</summary>
public sealed class ShippedWorkflowsTests
{
    /// <summary>
    /// IVR flows use the call activities (src/Activities), which this engine-only host does not register; the real
    /// Portal publishes and validates them in tests/CallCenter.Interop.Tests/Ivr/ShippedFlowsPublishTests.
    /// </summary>
    private static readonly string[] CallFlows = ["hotline-12345.json", "prepaid-card.json", "satisfaction-survey.json", "conference-room.json"];

    public static TheoryData<string> Files() =>
        new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json").Select(Path.GetFileName).Where(f => !CallFlows.Contains(f))!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_shipped_flow_parses_and_validates_without_errors(string file)
    {
        var parsed = WorkflowJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", file)));
        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(WorkflowDefinition.CurrentSchemaVersion, parsed.Definition!.SchemaVersion);
        using var services = new ServiceCollection().AddLogging().AddWorkflowEngine().BuildServiceProvider();
        var validation = services.GetRequiredService<WorkflowCompiler>().Validate(parsed.Definition);
        Assert.True(validation.IsValid, validation.ToString());
        Assert.Empty(validation.Problems);
    }

    [Fact]
    public async Task Ticket_reminder_reminds_after_the_delay_unless_the_ticket_is_closed_first()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var finishedRuns = new FinishedRuns();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time).AddSingleton<IRunListener>(finishedRuns)
            .AddWorkflowEngine().BuildServiceProvider();
        var definitions = services.GetRequiredService<WorkflowDefinitionService>();
        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "ticket-reminder.json"));
        Assert.True((await definitions.ImportAsync(json, publish: true)).Success);

        var open = Assert.Single(await runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated", new StartOptions(Input: new Dictionary<string, object?> { ["id"] = "T-1" })));
        var closed = Assert.Single(await runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated", new StartOptions(Input: new Dictionary<string, object?> { ["id"] = "T-2" })));
        Assert.Equal(2, open.Bookmarks.Count);

        Assert.Single(await runtime.ResumeByStimulusAsync(Event.BookmarkType, "TicketClosed:T-2"));
        var closedNow = await runtime.GetInstanceAsync(closed.InstanceId!);
        Assert.Equal(WorkflowStatus.Finished, closedNow!.Status);
        Assert.Empty(closedNow.Bookmarks);

        var reminded = finishedRuns.For(open.InstanceId!);
        time.Advance(TimeSpan.FromHours(23));
        Assert.False(reminded.IsCompleted, "the reminder waits the whole 86,400 s");
        time.Advance(TimeSpan.FromHours(1));
        await reminded.WaitAsync(TimeSpan.FromSeconds(10));
        var journal = await services.GetRequiredService<Engine.Persistence.IInstanceStore>().GetJournalAsync(open.InstanceId!);
        Assert.Contains(journal, j => j.ActivityId == "remind");
        Assert.DoesNotContain(await services.GetRequiredService<Engine.Persistence.IInstanceStore>().GetJournalAsync(closed.InstanceId!), j => j.ActivityId == "remind");
    }

    [Fact]
    public async Task Morning_summary_writes_the_date_of_the_center_time_zone()
    {
        // 23:30 UTC on the 24th is already the 25th in Shanghai.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero));
        await using var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time)
            .AddWorkflowEngine(o => o.TimeZone = "Asia/Shanghai").BuildServiceProvider();
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "morning-summary.json"));
        Assert.True((await services.GetRequiredService<WorkflowDefinitionService>().ImportAsync(json, publish: true)).Success);

        var run = await services.GetRequiredService<IWorkflowRuntime>().StartAsync("morning-summary");

        Assert.Equal(WorkflowStatus.Finished, run.Status);
        Assert.Equal("早上好 — summary for 2026-11-25", run.Instance!.Variables["greeting"]);
    }

    private sealed class FinishedRuns : IRunListener
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> _waits = new();

        public Task For(string instanceId) => _waits.GetOrAdd(instanceId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public ValueTask OnRunSavedAsync(RunResult result, CancellationToken ct)
        {
            if (result.Status == WorkflowStatus.Finished) _waits.GetOrAdd(result.InstanceId!, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
