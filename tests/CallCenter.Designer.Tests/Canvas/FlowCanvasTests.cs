using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Models;
using Bunit;
using CallCenter.Designer.Canvas;
using CallCenter.Designer.Editing;
using CallCenter.Designer.Tests.Editing;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Canvas;

/// <summary>The canvas as rendered (bUnit): nodes, ports, summaries and links from the session, and back.</summary>
public sealed class FlowCanvasTests : IAsyncDisposable
{
    private readonly BunitContext _ui = CanvasHost.Create();

    private (IRenderedComponent<FlowCanvas> Canvas, DesignerSession Session) Render(WorkflowDefinition? definition = null)
    {
        var session = Flows.Session(definition ?? Flows.MenuFlow());
        var canvas = _ui.Render<FlowCanvas>(p => p.Add(c => c.Session, session));
        canvas.WaitForElement(".diagram-canvas");
        return (canvas, session);
    }

    private static string[] Ports(IRenderedComponent<FlowCanvas> canvas, string node) =>
        canvas.FindAll($"[data-node-id='{node}'] .flow-port-out").Select(p => p.GetAttribute("data-port-id")!).ToArray();

    [Fact]
    public void Every_activity_is_one_node_with_its_name_summary_an_input_port_and_one_port_per_outcome()
    {
        var (canvas, _) = Render();

        Assert.Equal(["answer", "menu", "one", "two", "hangup"], canvas.FindAll(".diagram-node").Select(n => n.GetAttribute("data-node-id")));
        Assert.Equal(5, canvas.FindAll(".flow-port-in").Count);
        Assert.Equal(["menu/1", "menu/2", "menu/Timeout", "menu/Invalid", "menu/Error"], Ports(canvas, "menu"));
        Assert.Equal(["one/Done", "one/Interrupted", "one/Error"], Ports(canvas, "one"));
        Assert.Equal("1, 2", canvas.Find("[data-node-id='menu'] .flow-node-summary").TextContent);
        Assert.Equal("one", canvas.Find("[data-node-id='one'] .flow-node-summary").TextContent);
        Assert.Equal("Answer", canvas.Find("[data-node-id='answer'] .flow-node-name").TextContent);
        Assert.Equal(5, canvas.Instance.Diagram.Links.Count);
        Assert.Equal(5, canvas.FindAll(".diagram-link").Count);
    }

    [Fact]
    public void Ports_follow_a_menus_options_as_they_are_edited_and_undone()
    {
        var (canvas, session) = Render();
        var others = canvas.Instance.Nodes["one"];
        var othersRenders = 0;
        others.Changed += _ => othersRenders++;

        canvas.InvokeAsync(() => session.SetProperty("menu", "options", Flows.Json("""[ { "digit": "1" }, { "digit": "2" }, { "digit": "9" } ]""")));
        canvas.WaitForAssertion(() => Assert.Equal(["menu/1", "menu/2", "menu/9", "menu/Timeout", "menu/Invalid", "menu/Error"], Ports(canvas, "menu")));
        Assert.Equal("1, 2, 9", canvas.Find("[data-node-id='menu'] .flow-node-summary").TextContent);

        canvas.InvokeAsync(() => session.SetProperty("menu", "options", Flows.Json("""[ { "digit": "1" } ]""")));
        canvas.WaitForAssertion(() => Assert.Equal(["menu/1", "menu/Timeout", "menu/Invalid", "menu/Error"], Ports(canvas, "menu")));
        Assert.Equal(4, canvas.Instance.Diagram.Links.Count);

        canvas.InvokeAsync(() => session.Undo());
        canvas.WaitForAssertion(() => Assert.Equal(["menu/1", "menu/2", "menu/9", "menu/Timeout", "menu/Invalid", "menu/Error"], Ports(canvas, "menu")));
        Assert.Equal(5, canvas.Instance.Diagram.Links.Count);
        // Only the edited node was redrawn.
        Assert.Equal(0, othersRenders);
    }

    [Fact]
    public void Dragging_from_an_outcome_port_onto_a_node_connects_them_in_the_session()
    {
        var (canvas, session) = Render();
        var nodes = canvas.Instance.Nodes;

        canvas.InvokeAsync(() =>
        {
            var diagram = canvas.Instance.Diagram;
            diagram.TriggerPointerDown(nodes["menu"].PortOf("Timeout"), Pointer(300, 200));
            diagram.TriggerPointerMove(null, Pointer(400, 250));
            diagram.TriggerPointerUp(nodes["hangup"].Input, Pointer(740, 170));
        });

        Assert.Contains(new Connection("menu", "Timeout", "hangup"), session.Connections);
        canvas.WaitForAssertion(() => Assert.Equal(6, canvas.Instance.Diagram.Links.Count));
        var link = canvas.Instance.Diagram.Links.Single(l => l.Source.Model == nodes["menu"].PortOf("Timeout"));
        Assert.Same(nodes["hangup"].Input, link.Target.Model);

        // A link dropped on nothing connects nothing and leaves nothing behind.
        canvas.InvokeAsync(() =>
        {
            var diagram = canvas.Instance.Diagram;
            diagram.TriggerPointerDown(nodes["menu"].PortOf("Invalid"), Pointer(300, 220));
            diagram.TriggerPointerMove(null, Pointer(900, 700));
            diagram.TriggerPointerUp(null, Pointer(900, 700));
        });
        Assert.Equal(6, session.Connections.Count);
        Assert.Equal(6, canvas.Instance.Diagram.Links.Count);
    }

    [Fact]
    public void A_drag_of_selected_nodes_is_one_session_move_and_one_undo_step()
    {
        var (canvas, session) = Render();
        var nodes = canvas.Instance.Nodes;

        canvas.InvokeAsync(() =>
        {
            var diagram = canvas.Instance.Diagram;
            session.Select(["one", "two"]);
            diagram.TriggerPointerDown(nodes["one"], Pointer(550, 60));
            for (var i = 1; i <= 10; i++) diagram.TriggerPointerMove(null, Pointer(550 + 3 * i, 60 + 2 * i));
            diagram.TriggerPointerUp(nodes["one"], Pointer(580, 80));
        });

        Assert.Equal(new Position(530, 60), session.Find("one")!.Position);
        Assert.Equal(new Position(530, 220), session.Find("two")!.Position);
        canvas.InvokeAsync(() => session.Undo());
        Assert.Equal(new Position(500, 40), session.Find("one")!.Position);
        Assert.Equal(500, nodes["two"].Position.X);
        Assert.False(session.CanUndo);
    }

    [Fact]
    public void Selection_goes_both_ways_and_the_delete_key_deletes_the_selection_as_one_step()
    {
        var (canvas, session) = Render();
        var nodes = canvas.Instance.Nodes;

        canvas.InvokeAsync(() => canvas.Instance.Diagram.TriggerPointerDown(nodes["two"], Pointer(550, 220)));
        Assert.Equal(["two"], session.Selection);

        canvas.InvokeAsync(() => session.Select(["one", "hangup"]));
        canvas.WaitForAssertion(() => Assert.Equal(["one", "hangup"], canvas.FindAll(".diagram-node.selected").Select(n => n.GetAttribute("data-node-id"))));
        Assert.False(nodes["two"].Selected);

        canvas.InvokeAsync(() => canvas.Instance.Diagram.TriggerKeyDown(new KeyboardEventArgs("Delete", "Delete", 0, false, false, false)));
        canvas.WaitForAssertion(() => Assert.Equal(3, canvas.FindAll(".diagram-node").Count));
        Assert.Equal(["answer", "menu", "two"], session.Activities.Select(a => a.Id));
        Assert.Equal(2, canvas.Instance.Diagram.Links.Count);

        canvas.InvokeAsync(() => canvas.Instance.Diagram.TriggerKeyDown(new KeyboardEventArgs("z", "KeyZ", 0, true, false, false)));
        canvas.WaitForAssertion(() => Assert.Equal(5, canvas.FindAll(".diagram-node").Count));
        Assert.Equal(5, canvas.Instance.Diagram.Links.Count);
    }

    [Fact]
    public void A_link_and_nodes_selected_together_are_deleted_together_as_one_step()
    {
        var (canvas, session) = Render();
        var link = canvas.Instance.Diagram.Links.Single(l => l.Source.Model == canvas.Instance.Nodes["menu"].PortOf("2"));

        canvas.InvokeAsync(() => canvas.Instance.Diagram.TriggerPointerDown(link, Pointer(450, 150)));
        Assert.True(link.Selected);
        Assert.Empty(session.Selection);
        // Ctrl+click adds a node to the selection; the link stays selected.
        canvas.InvokeAsync(() => canvas.Instance.Diagram.TriggerPointerDown(canvas.Instance.Nodes["hangup"], Pointer(760, 120) with { CtrlKey = true }));
        Assert.Equal(["hangup"], session.Selection);
        Assert.True(link.Selected);

        canvas.InvokeAsync(() => canvas.Instance.Diagram.TriggerKeyDown(new KeyboardEventArgs("Delete", "Delete", 0, false, false, false)));
        Assert.DoesNotContain(new Connection("menu", "2", "two"), session.Connections);
        Assert.Null(session.Find("hangup"));
        Assert.Equal([new Connection("answer", "Done", "menu"), new Connection("menu", "1", "one")], session.Connections);
        canvas.WaitForAssertion(() => Assert.Equal(2, canvas.FindAll(".diagram-link").Count));

        canvas.InvokeAsync(() => session.Undo());
        Assert.Equal(5, session.Connections.Count);
        Assert.False(session.CanUndo);
    }

    [Fact]
    public void Copy_and_paste_keys_add_copies_a_step_apart()
    {
        var (canvas, session) = Render();
        canvas.InvokeAsync(() =>
        {
            session.Select(["one"]);
            var diagram = canvas.Instance.Diagram;
            diagram.TriggerKeyDown(new KeyboardEventArgs("c", "KeyC", 0, true, false, false));
            diagram.TriggerKeyDown(new KeyboardEventArgs("v", "KeyV", 0, true, false, false));
            diagram.TriggerKeyDown(new KeyboardEventArgs("v", "KeyV", 0, true, false, false));
        });
        canvas.WaitForAssertion(() => Assert.Equal(7, canvas.FindAll(".diagram-node").Count));
        Assert.Equal(new Position(540, 80), session.Find("one1")!.Position);
        Assert.Equal(new Position(580, 120), session.Find("one2")!.Position);
    }

    [Fact]
    public void A_palette_drop_adds_the_activity_under_the_pointer_in_diagram_coordinates()
    {
        var (canvas, session) = Render(new WorkflowDefinition { Id = "empty", Name = "Empty" });

        ActivityNode? added = null;
        canvas.InvokeAsync(() => added = canvas.Instance.AddAt("Play", 400, 300));
        Assert.Equal(new Position(400 - NodeMetrics.Width / 2, 300 - NodeMetrics.HeaderHeight / 2), added!.Position);

        // Zoomed in twice and panned: the drop point still maps to where the pointer is on the drawing.
        canvas.InvokeAsync(() =>
        {
            canvas.Instance.Diagram.SetPan(100, 50);
            canvas.Instance.Diagram.SetZoom(2);
            added = canvas.Instance.AddAt("Menu", 500, 250);
        });
        Assert.Equal(new Position(200 - NodeMetrics.Width / 2, 100 - NodeMetrics.HeaderHeight / 2), added!.Position);

        canvas.InvokeAsync(() => added = canvas.Instance.AddAt("NoSuchActivity", 10, 10));
        Assert.Null(added);
        canvas.WaitForAssertion(() => Assert.Equal(2, canvas.FindAll(".diagram-node").Count));
        Assert.Equal(["play1", "menu1"], session.Activities.Select(a => a.Id));
    }

    [Fact]
    public void A_flow_of_150_activities_renders_and_a_change_redraws_only_the_changed_node()
    {
        var definition = new WorkflowDefinition { Id = "big", Name = "Big" };
        for (var i = 0; i < 150; i++)
        {
            definition.Root.Activities.Add(Flows.Node($"p{i}", "Play", 250 * (i % 10), 120 * (i / 10), $$"""{ "text": "step {{i}}" }"""));
            if (i > 0) definition.Root.Connections.Add(new Connection($"p{i - 1}", "Done", $"p{i}"));
        }
        var (canvas, session) = Render(definition);
        Assert.Equal(150, canvas.FindAll(".diagram-node").Count);
        Assert.Equal(149, canvas.Instance.Diagram.Links.Count);

        var redrawn = new HashSet<string>();
        foreach (var (id, model) in canvas.Instance.Nodes) model.Changed += _ => redrawn.Add(id);
        canvas.InvokeAsync(() => session.SetProperty("p70", "text", Flows.Json("\"changed\"")));
        canvas.WaitForAssertion(() => Assert.Equal("changed", canvas.Find("[data-node-id='p70'] .flow-node-summary").TextContent));
        Assert.Equal(["p70"], redrawn);
    }

    [Fact]
    public void Reveal_selects_a_node_and_pans_it_to_the_middle_and_fit_brings_every_node_into_view()
    {
        var (canvas, session) = Render();
        canvas.InvokeAsync(() => canvas.Instance.Reveal("hangup"));

        Assert.Equal(["hangup"], session.Selection);
        var diagram = canvas.Instance.Diagram;
        var model = canvas.Instance.Nodes["hangup"];
        // The node's middle is at the middle of the 1200×800 canvas.
        Assert.Equal(600, model.Position.X + NodeMetrics.Width / 2 + diagram.Pan.X, 3);
        Assert.Equal(400, model.Position.Y + model.Size!.Height / 2 + diagram.Pan.Y, 3);

        canvas.InvokeAsync(() => canvas.Instance.ZoomToFit());
        foreach (var node in canvas.Instance.Nodes.Values)
        {
            var left = node.Position.X * diagram.Zoom + diagram.Pan.X;
            var right = (node.Position.X + NodeMetrics.Width) * diagram.Zoom + diagram.Pan.X;
            Assert.InRange(left, 0, 1200);
            Assert.InRange(right, 0, 1200);
        }
    }

    private static PointerEventArgs Pointer(double x, double y) =>
        new(x, y, 0, 1, false, false, false, 1, 1, 1, 0.5f, 0, 0, "mouse", true);

    public async ValueTask DisposeAsync() => await _ui.DisposeAsync();
}
