using Bunit;
using CallCenter.Designer.Canvas;
using CallCenter.Designer.Tests.Editing;

namespace CallCenter.Designer.Tests.Canvas;

/// <summary>A run drawn over the canvas (bUnit): visited, current and untouched nodes, badges, the links taken, and clearing it.</summary>
public sealed class FlowTrailTests : IAsyncDisposable
{
    private readonly BunitContext _ui = CanvasHost.Create();

    [Fact]
    public void The_nodes_a_run_passed_are_marked_the_running_one_is_current_and_only_the_links_it_took_are_green()
    {
        var canvas = _ui.Render<FlowCanvas>(p => p.Add(c => c.Session, Flows.Session(Flows.MenuFlow())));
        canvas.WaitForElement(".diagram-canvas");

        canvas.InvokeAsync(() => canvas.Instance.ShowTrail(new FlowTrail([("answer", "Done"), ("menu", "1")], current: "one",
            badges: new Dictionary<string, string> { ["menu"] = "2.0 s · 1" })));

        string Trail(string node) => canvas.Find($"[data-node-id='{node}'] .flow-node").GetAttribute("data-trail")!;
        canvas.WaitForAssertion(() => Assert.Equal("Current", Trail("one")));
        Assert.Equal(("Visited", "Visited", "None", "None"), (Trail("answer"), Trail("menu"), Trail("two"), Trail("hangup")));
        Assert.Contains("trail-current", canvas.Find("[data-node-id='one'] .flow-node").ClassName);
        Assert.Equal("2.0 s · 1", canvas.Find("[data-node-id='menu'] .flow-node-badge").TextContent);
        var links = canvas.Instance.Diagram.Links.Cast<Blazor.Diagrams.Core.Models.LinkModel>().ToDictionary(l => l.Id, l => l.Color);
        Assert.Equal("#2e7d32", links["menu/1->one"]);
        Assert.Null(links["menu/2->two"]);
        Assert.Null(links["one/Done->hangup"]); // left by Done, but the run has not reached the hang-up

        canvas.InvokeAsync(() => canvas.Instance.ShowTrail(FlowTrail.Empty));
        canvas.WaitForAssertion(() => Assert.Equal("None", Trail("one")));
        Assert.Empty(canvas.FindAll(".flow-node-badge"));
        Assert.All(canvas.Instance.Diagram.Links.Cast<Blazor.Diagrams.Core.Models.LinkModel>(), l => Assert.Null(l.Color));
    }

    public ValueTask DisposeAsync() => _ui.DisposeAsync();
}
