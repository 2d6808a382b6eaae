using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Validation;

public sealed class PublishGuardTests
{
    private static FlowBuilder TicketFlow(string triggerEvent, string probe) => new FlowBuilder("ticket-followup")
        .Activity("created", "Event", new { eventName = triggerEvent })
        .Activity("wait", "Event", new { eventName = "Go" })
        .Activity("mark", "Probe", new { name = probe })
        .Chain("created", "wait", "mark");

    [Fact]
    public async Task Invalid_definition_is_never_published_and_nothing_stored_changes()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(TicketFlow("TicketCreated", "v1").Build());
        var running = Assert.Single(await host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated"));
        Assert.Equal(WorkflowStatus.Suspended, running.Status);

        var broken = TicketFlow("TicketClosed", "v2").Activity("bad", "NoSuchActivity").Connect("mark", "bad").Build();
        var result = await host.Definitions.PublishAsync(broken);

        Assert.False(result.Success);
        Assert.Equal(0, result.Version);
        Assert.Contains(result.Validation.Errors, e => e.ActivityId == "bad");
        // The store still has v1 only, still published, still indexed by its trigger.
        Assert.Equal(1, await host.DefinitionStore.GetLatestVersionAsync("ticket-followup"));
        var stored = Assert.Single(await host.DefinitionStore.ListAsync());
        Assert.Equal((1, true), (stored.Version, stored.IsPublished));
        Assert.Equal(1, (await host.DefinitionStore.FindPublishedAsync("ticket-followup"))!.Version);
        Assert.Single(await host.DefinitionStore.FindTriggersAsync(Event.BookmarkType, "TicketCreated"));
        Assert.Empty(await host.DefinitionStore.FindTriggersAsync(Event.BookmarkType, "TicketClosed"));
        // New starts still run v1, and the instance already running goes on with v1.
        Assert.Equal(1, Assert.Single(await host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated")).Instance!.Version);
        var resumed = await host.Runtime.ResumeAsync(running.Bookmarks.Single().Id);
        Assert.Equal(WorkflowStatus.Finished, resumed.Status);
        Assert.Equal(1, host.Probes.Count("v1"));
        Assert.Equal(0, host.Probes.Count("v2"));
    }

    [Fact]
    public async Task Publishing_never_alters_the_callers_definition_object()
    {
        await using var host = EngineHost.Create();
        var definition = TicketFlow("TicketCreated", "v1").Build();

        await host.PublishAsync(definition);
        definition.Root.Activities[2].Properties.Clear();

        Assert.Equal(0, definition.Version);
        Assert.False(definition.IsPublished);
        var stored = await host.DefinitionStore.FindPublishedAsync("ticket-followup");
        Assert.Equal("v1", stored!.Root.Activities[2].Properties["name"].GetString());
    }

    [Fact]
    public async Task Each_publish_makes_a_new_version_and_only_the_latest_is_published()
    {
        await using var host = EngineHost.Create();

        var v1 = await host.PublishAsync(TicketFlow("TicketCreated", "v1").Build());
        var v2 = await host.PublishAsync(TicketFlow("TicketCreated", "v2").Build());

        Assert.Equal((1, 2), (v1, v2));
        var versions = await host.DefinitionStore.ListAsync();
        Assert.Equal([(1, false), (2, true)], versions.Select(v => (v.Version, v.IsPublished)));
    }

    [Fact]
    public async Task A_draft_saved_after_a_publish_gets_a_new_version_and_does_not_replace_the_published_one()
    {
        await using var host = EngineHost.Create();
        await host.PublishAsync(TicketFlow("TicketCreated", "v1").Build());

        var draft = await host.Definitions.SaveDraftAsync(TicketFlow("TicketCreated", "draft").Build());
        var run = Assert.Single(await host.Runtime.StartByTriggerAsync(Event.BookmarkType, "TicketCreated"));

        Assert.Equal(2, draft.Version);
        Assert.Equal(1, run.Instance!.Version);
        Assert.Equal(1, (await host.DefinitionStore.FindPublishedAsync("ticket-followup"))!.Version);
    }

    [Fact]
    public async Task Starting_a_definition_that_was_never_published_finds_nothing()
    {
        await using var host = EngineHost.Create();
        await host.Definitions.SaveDraftAsync(new FlowBuilder("draft-only").Activity("start", "Start").Build());

        var result = await host.Runtime.StartAsync("draft-only");

        Assert.Equal(RunOutcome.NotFound, result.Outcome);
        Assert.Null(result.Instance);
    }
}
