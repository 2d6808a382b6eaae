using CallCenter.Designer.Editing;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Editing;

/// <summary>Copy/paste (new ids, inner connections kept) and the left-to-right auto-layout.</summary>
public sealed class ClipboardAndLayoutTests
{
    [Fact]
    public void Paste_adds_copies_with_new_ids_shifted_keeps_their_inner_connections_and_selects_them()
    {
        var session = Flows.Session(Flows.MenuFlow());
        Assert.False(session.CanPaste);
        Assert.Equal(2, session.Copy(["menu", "one", "ghost"]));
        // Later edits of the original do not change the copy.
        session.SetProperty("one", "text", Flows.Json("\"changed\""));

        var pasted = session.Paste(new Position(40, 40));

        Assert.Equal(["menu1", "one1"], pasted.Select(n => n.Id));
        Assert.Equal(new Position(300, 140), session.Find("menu1")!.Position);
        Assert.Equal("one", session.Find("one1")!.Properties["text"].GetString());
        Assert.Contains(new Connection("menu1", "1", "one1"), session.Connections);
        // Connections to nodes outside the copy are not pasted.
        Assert.DoesNotContain(session.Connections, c => c.Source == "menu1" && c.Outcome == "2");
        Assert.DoesNotContain(session.Connections, c => c.Target == "menu1");
        Assert.Equal(["menu1", "one1"], session.Selection);

        var again = session.Paste(new Position(80, 80));
        Assert.Equal(["menu2", "one2"], again.Select(n => n.Id));

        session.Undo();
        session.Undo();
        Assert.Null(session.Find("menu1"));
        Assert.Null(session.Find("one1"));
        Assert.Equal(5, session.Connections.Count);
    }

    [Fact]
    public void Auto_layout_puts_nodes_in_columns_by_distance_from_the_start_in_outcome_order_without_overlaps()
    {
        var definition = Flows.MenuFlow();
        // An activity nothing reaches is laid out after the reachable ones.
        definition.Root.Activities.Add(Flows.Node("lonely", "Play", 3000, 3000));
        foreach (var node in definition.Root.Activities) node.Position = new Position(0, 0);
        var session = Flows.Session(definition);

        session.AutoLayout();

        double X(string id) => session.Find(id)!.Position!.X;
        double Y(string id) => session.Find(id)!.Position!.Y;
        Assert.True(X("answer") < X("menu"));
        Assert.True(X("menu") < X("one"));
        Assert.Equal(X("one"), X("two"));
        Assert.True(Y("one") < Y("two"));
        Assert.True(X("two") < X("hangup"));
        Assert.Equal(X("answer"), X("lonely"));
        var boxes = session.Activities.Select(n => (n.Position!.X, n.Position.Y, W: NodeMetrics.Width, H: NodeMetrics.Height(session.Outcomes(n.Id).Count))).ToList();
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                Assert.False(overlap, $"{session.Activities[i].Id} overlaps {session.Activities[j].Id}");
            }

        session.Undo();
        Assert.All(session.Activities, n => Assert.Equal(new Position(0, 0), n.Position));
    }

    [Fact]
    public void Auto_layout_starts_from_the_declared_start_activity()
    {
        var definition = Flows.MenuFlow();
        definition.Root.Activities.Insert(0, Flows.Node("entry", "Start"));
        definition.Root.Connections.Add(new Connection("entry", "Done", "answer"));
        var session = Flows.Session(definition);
        session.AutoLayout();
        Assert.True(session.Find("entry")!.Position!.X < session.Find("answer")!.Position!.X);
    }
}
