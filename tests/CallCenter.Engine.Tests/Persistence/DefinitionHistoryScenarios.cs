using CallCenter.Engine.Activities;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>
/// The designer's version history and delete, on each store (the subclasses): who changed a version and why, drafts
/// never touch a published version, and deleting removes every version and the trigger.
/// </summary>
public abstract class DefinitionHistoryScenarios
{
    /// <summary>An engine on a new, empty store; disposing it stops the engine.</summary>
    protected abstract Task<(IServiceProvider Services, IAsyncDisposable Owner)> StartAsync();

    private static WorkflowDefinition OnEvent(string message, string? changedBy = null, string? note = null)
    {
        var definition = new FlowBuilder("ticket-flow", "Ticket flow")
            .Activity("trigger", "Event", new { eventName = "TicketCreated" })
            .Activity("log", "Log", new { message })
            .Chain("trigger", "log")
            .Build();
        definition.ChangedBy = changedBy;
        definition.Note = note;
        return definition;
    }

    private static string MessageOf(WorkflowDefinition definition) =>
        definition.Root.Activities.Single(a => a.Id == "log").Properties["message"].GetString()!;

    [Fact]
    public async Task History_lists_every_version_newest_first_with_author_and_note()
    {
        var (services, owner) = await StartAsync();
        await using var _ = owner;
        var definitions = services.GetRequiredService<WorkflowDefinitionService>();
        var store = services.GetRequiredService<IDefinitionStore>();

        Assert.True((await definitions.PublishAsync(OnEvent("first", "li.lei", "first release"))).Success);
        Assert.True((await definitions.SaveDraftAsync(OnEvent("second draft", "han.meimei"))).Success);

        var history = await store.ListVersionsAsync("ticket-flow");

        Assert.Equal([(2, false, "han.meimei", (string?)null), (1, true, "li.lei", "first release")],
            history.Select(v => (v.Version, v.IsPublished, v.ChangedBy, v.Note)));
        Assert.All(history, v => Assert.Equal(("ticket-flow", "Ticket flow"), (v.DefinitionId, v.Name)));
        Assert.Empty(await store.ListVersionsAsync("no-such-flow"));
    }

    [Fact]
    public async Task A_draft_after_a_publish_is_the_next_version_and_leaves_the_published_one_unchanged()
    {
        var (services, owner) = await StartAsync();
        await using var _ = owner;
        var definitions = services.GetRequiredService<WorkflowDefinitionService>();
        var store = services.GetRequiredService<IDefinitionStore>();
        Assert.Equal(1, (await definitions.PublishAsync(OnEvent("published text", "li.lei", "v1"))).Version);

        var draft = await definitions.SaveDraftAsync(OnEvent("draft text", "han.meimei"));
        var again = await definitions.SaveDraftAsync(OnEvent("draft text, edited", "han.meimei"));

        Assert.Equal((2, 2), (draft.Version, again.Version));
        var published = await store.FindPublishedAsync("ticket-flow");
        Assert.Equal((1, "published text", "li.lei", "v1"), (published!.Version, MessageOf(published), published.ChangedBy, published.Note));
        Assert.Equal("draft text, edited", MessageOf((await store.FindAsync("ticket-flow", 2))!));
        Assert.Equal(2, (await store.ListVersionsAsync("ticket-flow")).Count);

        Assert.Equal(2, (await definitions.PublishAsync(OnEvent("draft text, edited", "han.meimei", "v2"))).Version);
        var v1 = await store.FindAsync("ticket-flow", 1);
        Assert.Equal(("published text", false), (MessageOf(v1!), v1!.IsPublished));
        Assert.Equal(2, Assert.Single(await store.FindTriggersAsync(Event.BookmarkType, "TicketCreated")).Version);
    }

    [Fact]
    public async Task Deleting_removes_every_version_and_the_trigger_so_the_flow_no_longer_starts()
    {
        var (services, owner) = await StartAsync();
        await using var _ = owner;
        var definitions = services.GetRequiredService<WorkflowDefinitionService>();
        var store = services.GetRequiredService<IDefinitionStore>();
        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        Assert.True((await definitions.PublishAsync(OnEvent("v1"))).Success);
        Assert.True((await definitions.SaveDraftAsync(OnEvent("v2 draft"))).Success);
        Assert.True((await definitions.PublishAsync(OnEvent("other")) is { Success: true }));
        var keep = OnEvent("kept");
        keep.Id = "kept-flow";
        Assert.True((await definitions.PublishAsync(keep)).Success);

        Assert.True(await definitions.DeleteAsync("ticket-flow"));

        Assert.Empty(await store.ListVersionsAsync("ticket-flow"));
        Assert.Null(await store.FindPublishedAsync("ticket-flow"));
        Assert.Equal(0, await store.GetLatestVersionAsync("ticket-flow"));
        Assert.DoesNotContain(await store.ListAsync(), s => s.Id == "ticket-flow");
        Assert.Equal("kept-flow", Assert.Single(await store.FindTriggersAsync(Event.BookmarkType, "TicketCreated")).DefinitionId);
        Assert.Equal(RunOutcome.NotFound, (await runtime.StartAsync("ticket-flow")).Outcome);
        Assert.False(await definitions.DeleteAsync("ticket-flow"));
    }
}
