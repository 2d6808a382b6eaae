using CallCenter.Designer.Editing;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Editing;

/// <summary>Adding, moving, deleting, connecting, renaming and selecting in a session, each undoable.</summary>
public sealed class DesignerSessionTests
{
    [Fact]
    public void Added_activities_get_readable_unique_ids_their_position_and_the_selection()
    {
        var session = Flows.Session();
        var first = session.AddActivity("Menu", new Position(100, 50));
        var second = session.AddActivity("Menu", new Position(300, 50));

        Assert.Equal("menu1", first.Id);
        Assert.Equal("menu2", second.Id);
        Assert.Equal(new Position(100, 50), session.Find("menu1")!.Position);
        Assert.Equal(["menu2"], session.Selection);
        Assert.Same(second, session.SelectedNode);
        Assert.Throws<ArgumentException>(() => session.AddActivity("NoSuchThing", new Position(0, 0)));
    }

    [Fact]
    public void Every_mutation_is_one_step_that_undo_reverts_and_redo_repeats()
    {
        var session = Flows.Session(Flows.MenuFlow());
        session.Rename("one", "Say one");
        session.Move(["one", "two"], new Position(10, -5));
        session.Delete(["hangup"]);

        Assert.Null(session.Find("hangup"));
        Assert.DoesNotContain(session.Connections, c => c.Target == "hangup");

        Assert.True(session.Undo());
        Assert.NotNull(session.Find("hangup"));
        Assert.Equal(4, session.Activities.ToList().IndexOf(session.Find("hangup")!));
        Assert.Contains(new Connection("one", "Done", "hangup"), session.Connections);
        Assert.Contains(new Connection("two", "Done", "hangup"), session.Connections);

        Assert.True(session.Undo());
        Assert.Equal(new Position(500, 40), session.Find("one")!.Position);
        Assert.Equal(new Position(500, 200), session.Find("two")!.Position);

        Assert.True(session.Undo());
        Assert.Null(session.Find("one")!.DisplayName);
        Assert.False(session.Undo());
        Assert.False(session.CanUndo);

        Assert.True(session.Redo());
        Assert.True(session.Redo());
        Assert.Equal("Say one", session.Find("one")!.DisplayName);
        Assert.Equal(new Position(510, 35), session.Find("one")!.Position);
        Assert.True(session.CanRedo);

        // A new edit forgets what could be redone.
        session.Rename("two", "Say two");
        Assert.False(session.CanRedo);
        Assert.NotNull(session.Find("hangup"));
    }

    [Fact]
    public void The_moves_of_one_drag_are_one_undo_step_and_a_new_drag_is_another()
    {
        var session = Flows.Session(Flows.MenuFlow());
        for (var i = 0; i < 20; i++) session.Move(["one", "two"], new Position(1, 2), mergeKey: "drag-1");
        session.Move(["one"], new Position(100, 0), mergeKey: "drag-2");

        Assert.Equal(new Position(620, 80), session.Find("one")!.Position);
        session.Undo();
        Assert.Equal(new Position(520, 80), session.Find("one")!.Position);
        session.Undo();
        Assert.Equal(new Position(500, 40), session.Find("one")!.Position);
        Assert.Equal(new Position(500, 200), session.Find("two")!.Position);
        Assert.False(session.CanUndo);
    }

    [Fact]
    public void A_sealed_step_does_not_take_the_next_edit_with_the_same_key()
    {
        var session = Flows.Session(Flows.MenuFlow());
        session.SetProperty("one", "text", Flows.Json("\"o\""), mergeKey: "one/text");
        session.SetProperty("one", "text", Flows.Json("\"on\""), mergeKey: "one/text");
        session.SealUndoStep();
        session.SetProperty("one", "text", Flows.Json("\"one!\""), mergeKey: "one/text");

        session.Undo();
        Assert.Equal("on", session.Find("one")!.Properties["text"].GetString());
        session.Undo();
        Assert.Equal("one", session.Find("one")!.Properties["text"].GetString());
    }

    [Fact]
    public void One_connection_per_outcome_a_new_one_replaces_it_and_undo_brings_the_old_one_back()
    {
        var session = Flows.Session(Flows.MenuFlow());

        Assert.True(session.Connect("menu", "1", "two"));
        Assert.Single(session.Connections, c => c.Source == "menu" && c.Outcome == "1");
        Assert.Contains(new Connection("menu", "1", "two"), session.Connections);

        Assert.False(session.Connect("menu", "1", "two"));
        Assert.False(session.Connect("menu", "9", "two"));
        Assert.False(session.Connect("menu", "1", "nowhere"));
        Assert.True(session.Connect("menu", "Error", "hangup"));
        Assert.True(session.Connect("menu", "Invalid", "menu"));

        session.Undo();
        session.Undo();
        session.Undo();
        Assert.Contains(new Connection("menu", "1", "one"), session.Connections);
        Assert.DoesNotContain(new Connection("menu", "1", "two"), session.Connections);
    }

    [Fact]
    public void Disconnect_removes_the_outcomes_connection_as_one_step()
    {
        var session = Flows.Session(Flows.MenuFlow());
        Assert.True(session.Disconnect("menu", "2"));
        Assert.False(session.Disconnect("menu", "2"));
        Assert.DoesNotContain(session.Connections, c => c.Source == "menu" && c.Outcome == "2");
        session.Undo();
        Assert.Contains(new Connection("menu", "2", "two"), session.Connections);
    }

    [Fact]
    public void Deleting_the_start_activity_clears_the_flows_start_and_undo_restores_it()
    {
        var definition = Flows.MenuFlow();
        definition.Root.StartActivityId = "answer";
        var session = Flows.Session(definition);

        session.Delete(["answer"]);
        Assert.Null(definition.Root.StartActivityId);
        session.Undo();
        Assert.Equal("answer", definition.Root.StartActivityId);
    }

    [Fact]
    public void Selection_follows_the_flow_and_is_not_an_undo_step()
    {
        var session = Flows.Session(Flows.MenuFlow());
        session.Select(["one", "two", "ghost"]);
        Assert.Equal(["one", "two"], session.Selection);
        Assert.Null(session.SelectedNode);
        Assert.False(session.CanUndo);

        session.Delete(["two"]);
        Assert.Equal(["one"], session.Selection);
        session.Undo();
        Assert.Equal(["one"], session.Selection);
    }

    [Fact]
    public void Changed_says_which_nodes_and_connections_changed()
    {
        var session = Flows.Session(Flows.MenuFlow());
        var changes = new List<DesignerChange>();
        session.Changed += changes.Add;

        session.Delete(["two"]);
        var deleted = Assert.Single(changes);
        Assert.Equal(["two"], deleted.RemovedNodes);
        Assert.Equal([new Connection("two", "Done", "hangup"), new Connection("menu", "2", "two")], deleted.Disconnected.OrderBy(c => c.Source == "menu"));
        Assert.Empty(deleted.UpdatedNodes);

        session.Undo();
        Assert.Equal(["two"], changes[1].AddedNodes);
        Assert.Equal(2, changes[1].Connected.Count);

        session.Move(["one"], new Position(5, 5));
        Assert.Equal(["one"], changes[2].MovedNodes);
        Assert.False(changes[2].SelectionChanged);

        session.Select(["one"]);
        Assert.True(changes[3].SelectionChanged);
        Assert.False(changes[3].FlowChanged);

        // Nothing changes, nothing is raised.
        session.Rename("one", null);
        session.Move(["one"], new Position(0, 0));
        Assert.Equal(4, changes.Count);
    }

    [Fact]
    public void A_batch_is_one_step_and_one_change()
    {
        var session = Flows.Session(Flows.MenuFlow());
        var changes = 0;
        session.Changed += _ => changes++;

        session.Batch(() =>
        {
            session.Disconnect("menu", "1");
            session.Delete(["two"]);
        });

        Assert.Equal(1, changes);
        session.Undo();
        Assert.Equal(5, session.Connections.Count);
        Assert.False(session.CanUndo);
    }

    [Fact]
    public void Undoing_an_added_activity_removes_it_from_the_flow_and_the_selection_and_redo_brings_it_back()
    {
        var session = Flows.Session(Flows.MenuFlow());
        var added = session.AddActivity("Play", new Position(10, 10));
        session.Connect("hangup", "Done", added.Id);

        session.Undo();
        session.Undo();
        Assert.Null(session.Find("play1"));
        Assert.Empty(session.Selection);
        Assert.DoesNotContain(session.Connections, c => c.Target == "play1");

        session.Redo();
        session.Redo();
        Assert.Same(added, session.Find("play1"));
        Assert.Contains(new Connection("hangup", "Done", "play1"), session.Connections);
    }

    [Fact]
    public void The_undo_history_keeps_only_the_latest_steps()
    {
        var session = new DesignerSession(Flows.MenuFlow(), Flows.Registry, Flows.Compiler, undoCapacity: 3);
        for (var i = 1; i <= 5; i++) session.Rename("one", $"name {i}");

        var undone = 0;
        while (session.Undo()) undone++;
        Assert.Equal(3, undone);
        Assert.Equal("name 2", session.Find("one")!.DisplayName);
    }
}
