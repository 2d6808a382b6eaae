using Bunit;
using CallCenter.Designer.Canvas;
using CallCenter.Designer.Simulation;
using CallCenter.Designer.Tests.Canvas;
using CallCenter.Designer.Tests.Editing;

namespace CallCenter.Designer.Tests.Simulation;

/// <summary>
/// The simulator panel (bUnit) against a scripted simulator: it starts the flow with the caller, number and time set
/// up, sends the keypad and choices, shows the transcript and variables, and reports the path (visit order as badges,
/// the running node as current, sub-flow steps left out); closing hangs up and clears the path.
/// </summary>
public sealed class SimulatorPanelTests : IAsyncDisposable
{
    private readonly BunitContext _ui = CanvasHost.Create();
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_simulated_call_is_set_up_driven_from_the_keypad_and_choices_and_its_path_reported()
    {
        var simulator = new ScriptedSimulator();
        var flow = Flows.MenuFlow();
        var trails = new List<FlowTrail>();
        var closed = false;
        var panel = _ui.Render<SimulatorPanel>(p => p
            .Add(c => c.Simulator, simulator).Add(c => c.Definition, () => flow).Add(c => c.DefaultCalled, "7000")
            .Add(c => c.OnTrail, t => trails.Add(t)).Add(c => c.OnClose, () => closed = true));

        Assert.Equal("7000", panel.Find("#sim-called").GetAttribute("value"));
        panel.Find("#sim-caller").Input("13912345678");
        panel.Find("#sim-date").Input("2026-11-25");
        panel.Find("#sim-time").Input("23:30"); // as Chromium gives it, without seconds
        panel.Find("#sim-start").Click();

        var (definition, setup) = Assert.Single(simulator.Starts);
        Assert.Same(flow, definition);
        Assert.Equal(new SimulationSetup("13912345678", "7000", new DateOnly(2026, 11, 25), new TimeOnly(23, 30)), setup);
        var run = simulator.Current!;
        panel.Find("#sim-key-1").Click();
        panel.Find("#sim-key-hash").Click();
        panel.Find("#sim-skip").Click();

        var menu = new SimulationStep(flow.Id, "menu", "Menu", "1", T0);
        run.Publish(new SimulationState(
            [new(SimulationLineKind.Prompt, "请按1或2", T0, "/designer/simulations/r/audio/0", "menu"), new(SimulationLineKind.Key, "1", T0)],
            [new(flow.Id, "answer", "Answer", "Done", T0), menu, new("survey", "q1", "Menu", "1", T0), new(flow.Id, "one", "Play", null, T0)],
            new SimulationStep(flow.Id, "one", "Play", null, T0), [KeyValuePair.Create("caller", "13912345678")],
            new SimulationChoice(flow.Id, "one", "Play", ["Done", "Error"]), false, null));

        panel.WaitForAssertion(() => Assert.Equal("请按1或2", panel.Find(".sim-line[data-kind=Prompt]").TextContent));
        Assert.Equal("/designer/simulations/r/audio/0", panel.Find("#sim-audio").GetAttribute("src"));
        Assert.Equal("13912345678", panel.Find("#sim-variables tr[data-variable='caller'] td").TextContent);
        panel.Find("#sim-choose-Done").Click();
        Assert.Equal(["press 1", "press #", "skip", "choose Done"], run.Actions);

        var trail = trails[^1];
        Assert.Equal(("1", "2", "3"), (trail.BadgeOf("answer"), trail.BadgeOf("menu"), trail.BadgeOf("one")));
        Assert.Equal("one", trail.Current);
        Assert.True(trail.Took("menu", "1") && !trail.Visited("q1"));

        panel.Find("#sim-close").Click();
        Assert.True(run.Disposed && closed);
        Assert.Same(FlowTrail.Empty, trails[^1]);
    }

    public ValueTask DisposeAsync() => _ui.DisposeAsync();
}
