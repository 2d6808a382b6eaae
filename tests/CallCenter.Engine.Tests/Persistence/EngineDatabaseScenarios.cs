using CallCenter.Domain.Data;
using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>
/// The engine on a real database, through the same registration the Portal uses. Each scenario runs
/// on SQLite and on PostgreSQL (the subclasses); each test gets a database of its own.
/// </summary>
public abstract class EngineDatabaseScenarios
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>A new, empty database.</summary>
    protected abstract Task<DatabaseOptions> NewDatabaseAsync();

    [Fact]
    public async Task Suspended_instance_is_stored_with_variables_and_bookmark_and_resumes_from_a_new_host()
    {
        var db = await NewDatabaseAsync();
        string instanceId;
        using (var first = await DatabaseHost.StartAsync(db))
        {
            Assert.True((await first.Definitions().PublishAsync(Flows.Approval())).Success);
            var started = await first.Runtime().StartAsync("approval", new StartOptions(new Dictionary<string, object?> { ["order_id"] = "A-17" }));
            Assert.Equal(WorkflowStatus.Suspended, started.Status);
            instanceId = started.InstanceId!;
            await first.StopAsync();
        }

        using var second = await DatabaseHost.StartAsync(db);
        var stored = await second.Runtime().GetInstanceAsync(instanceId);
        Assert.NotNull(stored);
        Assert.Equal(WorkflowStatus.Suspended, stored.Status);
        Assert.Equal("Hello Li Lei", stored.Variables["greeting"]);
        var bookmark = Assert.Single(stored.Bookmarks);
        Assert.Equal("Approve:A-17", bookmark.CorrelationKey);

        var resumed = Assert.Single(await second.Runtime().ResumeByStimulusAsync(Event.BookmarkType, "Approve:A-17", new Dictionary<string, object?> { ["name"] = "Han Meimei" }));
        Assert.Equal(RunOutcome.Resumed, resumed.Outcome);
        var finished = await second.Runtime().GetInstanceAsync(instanceId);
        Assert.Equal(WorkflowStatus.Finished, finished!.Status);
        Assert.Empty(finished.Bookmarks);
        var approver = Assert.IsType<Dictionary<string, object?>>(finished.Variables["approver"]);
        Assert.Equal("Han Meimei", approver["name"]);

        var journal = await second.Services.GetRequiredService<IInstanceStore>().GetJournalAsync(instanceId);
        Assert.Equal(["start:Done", "greet:Done", "wait:Suspended", "wait:Done", "end:"], journal.Select(j => $"{j.ActivityId}:{j.Outcome}"));
    }

    [Fact]
    public async Task Parent_waiting_on_a_child_resumes_once_after_a_restart_when_the_child_finishes_on_another_node()
    {
        var db = await NewDatabaseAsync();
        string parentId, childId;
        using (var first = await DatabaseHost.StartAsync(db))
        {
            Assert.True((await first.Definitions().PublishAsync(Flows.Approval("menu"))).Success);
            Assert.True((await first.Definitions().PublishAsync(Flows.Parse("""
            {
              "id": "main", "name": "Main",
              "variables": [ { "name": "approved_by", "type": "Object" } ],
              "root": {
                "activities": [
                  { "id": "start", "type": "Start" },
                  { "id": "sub", "type": "SubFlow", "properties": { "flow": "menu", "inputs": { "order_id": "B-{{ 40 + 2 }}" }, "outputs": { "approved_by": "approver" } } },
                  { "id": "end", "type": "End" }
                ],
                "connections": [ { "source": "start", "outcome": "Done", "target": "sub" }, { "source": "sub", "outcome": "Done", "target": "end" } ]
              }
            }
            """))).Success);
            var started = await first.Runtime().StartAsync("main", new StartOptions(CorrelationId: "call-7"));
            Assert.Equal(WorkflowStatus.Suspended, started.Status);
            parentId = started.InstanceId!;
            childId = started.Bookmarks.Single().CorrelationKey!;
            await first.StopAsync();
        }

        // Two nodes on the same database: the child's event arrives at one, the parent was last loaded by the other.
        using var nodeA = await DatabaseHost.StartAsync(db);
        using var nodeB = await DatabaseHost.StartAsync(db);
        Assert.Equal(WorkflowStatus.Suspended, (await nodeA.Runtime().GetInstanceAsync(parentId))!.Status);
        var child = (await nodeB.Runtime().GetInstanceAsync(childId))!;
        Assert.Equal("call-7", child.CorrelationId);
        Assert.Equal(parentId, SubFlowLink.Of(child)!.ParentInstanceId);

        var resumed = await Task.WhenAll(
            nodeA.Runtime().ResumeByStimulusAsync(Event.BookmarkType, "Approve:B-42", new Dictionary<string, object?> { ["name"] = "Han Meimei" }),
            nodeB.Runtime().ResumeByStimulusAsync(Event.BookmarkType, "Approve:B-42", new Dictionary<string, object?> { ["name"] = "Han Meimei" }));
        Assert.Equal(1, resumed.SelectMany(r => r).Count(r => r.Outcome == RunOutcome.Resumed));

        var parent = (await nodeA.Runtime().GetInstanceAsync(parentId))!;
        Assert.Equal(WorkflowStatus.Finished, parent.Status);
        var approver = Assert.IsType<Dictionary<string, object?>>(parent.Variables["approved_by"]);
        Assert.Equal("Han Meimei", approver["name"]);
        var journal = await nodeB.Services.GetRequiredService<IInstanceStore>().GetJournalAsync(parentId);
        Assert.Equal(["start:Done", "sub:Suspended", "sub:Done", "end:"], journal.Select(j => $"{j.ActivityId}:{j.Outcome}"));
    }

    [Fact]
    public async Task Publishing_v2_leaves_a_running_v1_instance_on_v1_while_new_starts_use_v2()
    {
        var db = await NewDatabaseAsync();
        using var host = await DatabaseHost.StartAsync(db);
        Assert.Equal(1, (await host.Definitions().PublishAsync(Flows.Approval(greeting: "v1 {{ customer }}"))).Version);
        var old = await host.Runtime().StartAsync("approval", new StartOptions(new Dictionary<string, object?> { ["order_id"] = "old" }));
        Assert.Equal(2, (await host.Definitions().PublishAsync(Flows.Approval(greeting: "v2 {{ customer }}"))).Version);

        var fresh = await host.Runtime().StartAsync("approval", new StartOptions(new Dictionary<string, object?> { ["order_id"] = "new" }));
        Assert.Equal(2, fresh.Instance!.Version);
        Assert.Equal("v2 Li Lei", fresh.Instance.Variables["greeting"]);

        Assert.Single(await host.Runtime().ResumeByStimulusAsync(Event.BookmarkType, "Approve:old"));
        var oldNow = await host.Runtime().GetInstanceAsync(old.InstanceId!);
        Assert.Equal(1, oldNow!.Version);
        Assert.Equal("v1 Li Lei", oldNow.Variables["greeting"]);
        Assert.Equal(WorkflowStatus.Finished, oldNow.Status);
    }

    [Fact]
    public async Task An_invalid_definition_is_refused_and_the_stored_versions_do_not_change()
    {
        var db = await NewDatabaseAsync();
        using var host = await DatabaseHost.StartAsync(db);
        await host.Definitions().PublishAsync(Flows.Approval());
        var broken = Flows.Approval(greeting: "Hello {{ customer ");

        var result = await host.Definitions().PublishAsync(broken);

        Assert.False(result.Success);
        var error = Assert.Single(result.Validation.Errors);
        Assert.Equal("greet", error.ActivityId);
        Assert.Equal("value", error.Property);
        var versions = await host.Services.GetRequiredService<IDefinitionStore>().ListAsync();
        var only = Assert.Single(versions);
        Assert.Equal((1, true), (only.Version, only.IsPublished));
    }

    [Fact]
    public async Task Publishing_indexes_the_start_trigger_and_the_lookup_starts_only_matching_flows()
    {
        var db = await NewDatabaseAsync();
        using var host = await DatabaseHost.StartAsync(db);
        await host.Definitions().PublishAsync(Flows.FaultyOnEvent("orders"));
        await host.Definitions().PublishAsync(Flows.Approval("not-triggered"));
        var store = host.Services.GetRequiredService<IDefinitionStore>();

        var trigger = Assert.Single(await store.FindTriggersAsync(Event.BookmarkType, "OrderPlaced"));
        Assert.Equal(("orders", 1, "placed"), (trigger.DefinitionId, trigger.Version, trigger.ActivityId));
        Assert.Empty(await store.FindTriggersAsync(Event.BookmarkType, "OrderCancelled"));

        await host.Definitions().PublishAsync(Flows.FaultyOnEvent("orders"));
        Assert.Equal(2, Assert.Single(await store.FindTriggersAsync(Event.BookmarkType, "OrderPlaced")).Version);

        var runs = await host.Runtime().StartByTriggerAsync(Event.BookmarkType, "OrderPlaced");
        Assert.Equal("orders", Assert.Single(runs).Instance!.DefinitionId);
    }

    [Fact]
    public async Task A_failing_activity_faults_the_instance_and_its_incident_is_stored()
    {
        var db = await NewDatabaseAsync();
        using var host = await DatabaseHost.StartAsync(db);
        await host.Definitions().PublishAsync(Flows.FaultyOnEvent());

        var run = Assert.Single(await host.Runtime().StartByTriggerAsync(Event.BookmarkType, "OrderPlaced"));

        Assert.Equal(WorkflowStatus.Faulted, run.Status);
        var incident = Assert.Single(await host.Services.GetRequiredService<IInstanceStore>().GetIncidentsAsync(run.InstanceId!));
        Assert.Equal("check", incident.ActivityId);
        Assert.Contains("totl", incident.Message);
        Assert.Contains("condition", incident.Message);
        var stored = await host.Runtime().GetInstanceAsync(run.InstanceId!);
        Assert.Equal(WorkflowStatus.Faulted, stored!.Status);
        Assert.Contains("check", stored.FaultMessage);
    }

    [Fact]
    public async Task Two_nodes_resuming_the_same_bookmark_at_once_run_it_once()
    {
        var db = await NewDatabaseAsync();
        using var nodeA = await DatabaseHost.StartAsync(db);
        using var nodeB = await DatabaseHost.StartAsync(db);
        await nodeA.Definitions().PublishAsync(Flows.Approval());
        var started = await nodeA.Runtime().StartAsync("approval", new StartOptions(new Dictionary<string, object?> { ["order_id"] = "X" }));
        var bookmarkId = Assert.Single(started.Bookmarks).Id;

        var attempts = Enumerable.Range(0, 16)
            .Select(i => Task.Run(() => (i % 2 == 0 ? nodeA : nodeB).Runtime().ResumeAsync(bookmarkId)))
            .ToArray();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Outcome == RunOutcome.Resumed);
        Assert.All(results.Where(r => r.Outcome != RunOutcome.Resumed),
            r => Assert.Contains(r.Outcome, new[] { RunOutcome.NotFound, RunOutcome.AlreadyHandled, RunOutcome.Conflict }));
        var journal = await nodeA.Services.GetRequiredService<IInstanceStore>().GetJournalAsync(started.InstanceId!);
        Assert.Single(journal, j => j.ActivityId == "end");
    }

    [Fact]
    public async Task A_delay_armed_before_a_restart_resumes_once_on_the_new_host()
    {
        var db = await NewDatabaseAsync();
        string instanceId, bookmarkId;
        using (var before = await DatabaseHost.StartAsync(db))
        {
            await before.Definitions().PublishAsync(Flows.DelayThenLog());
            var started = await before.Runtime().StartAsync("delayed");
            Assert.Equal(WorkflowStatus.Suspended, started.Status);
            var timer = Assert.Single(started.Bookmarks);
            Assert.NotNull(timer.ResumeAt);
            (instanceId, bookmarkId) = (started.InstanceId!, timer.Id);
            await before.StopAsync();
        }

        var watcher = new RunWatcher();
        using (var after = await DatabaseHost.StartAsync(db, watcher))
        {
            var resumed = await watcher.WaitAsync(r => r.InstanceId == instanceId && r.Status == WorkflowStatus.Finished, Timeout);
            Assert.Equal(RunOutcome.Resumed, resumed.Outcome);
            var journal = await after.Services.GetRequiredService<IInstanceStore>().GetJournalAsync(instanceId);
            Assert.Single(journal, j => j.ActivityId == "after");
            var scheduler = await after.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.False(await scheduler.Exists(new JobKey(bookmarkId, "wf-bookmark")));
            await after.StopAsync();
        }

        // A third start finds nothing left to fire: the delay ran exactly once.
        var third = new RunWatcher();
        using var again = await DatabaseHost.StartAsync(db, third);
        var journalAgain = await again.Services.GetRequiredService<IInstanceStore>().GetJournalAsync(instanceId);
        Assert.Single(journalAgain, j => j.ActivityId == "after");
        Assert.Empty(await again.Services.GetRequiredService<IInstanceStore>().ListTimerBookmarksAsync());
        Assert.Empty(third.Runs);
    }

    [Fact]
    public async Task A_published_cron_flow_starts_at_each_occurrence_and_stays_armed_across_a_restart()
    {
        var db = await NewDatabaseAsync();
        var watcher = new RunWatcher();
        using (var host = await DatabaseHost.StartAsync(db, watcher))
        {
            await host.Definitions().PublishAsync(Flows.EverySecond());
            var first = await watcher.WaitAsync(r => r.Instance?.DefinitionId == "ticker" && r.Status == WorkflowStatus.Finished, Timeout);
            var second = await watcher.WaitAsync(r => r.Instance?.DefinitionId == "ticker" && r.InstanceId != first.InstanceId, Timeout);
            Assert.NotEqual(first.Instance!.CorrelationId, second.Instance!.CorrelationId);
            var journal = await host.Services.GetRequiredService<IInstanceStore>().GetJournalAsync(first.InstanceId!);
            Assert.Equal(["tick:Done", "log:Done"], journal.Select(j => $"{j.ActivityId}:{j.Outcome}"));
            await host.StopAsync();
        }

        var later = new RunWatcher();
        using var restarted = await DatabaseHost.StartAsync(db, later);
        await later.WaitAsync(r => r.Instance?.DefinitionId == "ticker", Timeout);
    }

    [Fact]
    public async Task The_migrated_database_holds_the_engine_and_timer_tables()
    {
        var db = await NewDatabaseAsync();
        using var host = await DatabaseHost.StartAsync(db);
        var factory = host.Services.GetRequiredService<IDbContextFactory<CallCenterDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
    }
}
