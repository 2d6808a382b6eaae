using System.Globalization;
using CallCenter.Designer.Canvas;
using CallCenter.Engine.Models;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Designer.Simulation;

/// <summary>
/// The designer's simulator panel: starts a simulated call of <see cref="Definition"/> through the host's
/// <see cref="IFlowSimulator"/>, shows its transcript (prompts with their audio, keys, choices), keypad, variables and
/// the choice an activity with an external effect waits for, and reports the path as a <see cref="FlowTrail"/>
/// (visit order as badges, the running node as current) through <see cref="OnTrail"/> as the call goes on.
/// </summary>
public sealed partial class SimulatorPanel
{
    private static readonly char[] Keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

    private ISimulationRun? _run;
    private string _caller = "13800000000", _called = "";
    // As the browser gives them ("2026-11-25", "23:00" or "23:00:00"), read when the call starts: a typed binding
    // would drop a time given without seconds.
    private string _date = "", _time = "";

    /// <summary>The flow to call: read when the call starts (the draft as it is then).</summary>
    [Parameter, EditorRequired] public Func<WorkflowDefinition> Definition { get; set; } = null!;

    [Parameter, EditorRequired] public IFlowSimulator Simulator { get; set; } = null!;

    /// <summary>The number dialled by default (e.g. a number routed to the flow).</summary>
    [Parameter] public string? DefaultCalled { get; set; }

    /// <summary>The path to draw on the canvas; <see cref="FlowTrail.Empty"/> when the panel closes.</summary>
    [Parameter] public EventCallback<FlowTrail> OnTrail { get; set; }

    [Parameter] public EventCallback OnClose { get; set; }

    private string StateName => _run is null ? "setup" : _run.State.Ended ? "ended" : "running";

    protected override void OnInitialized() => _called = DefaultCalled ?? "";

    private async Task StartAsync()
    {
        await StopAsync();
        var setup = new SimulationSetup(_caller.Trim(), string.IsNullOrWhiteSpace(_called) ? "simulator" : _called.Trim(),
            DateOnly.TryParse(_date, CultureInfo.InvariantCulture, out var date) ? date : null,
            TimeOnly.TryParse(_time, CultureInfo.InvariantCulture, out var time) ? time : null);
        _run = Simulator.Start(Definition(), setup);
        _run.Changed += OnRunChanged;
        await ShowTrailAsync();
    }

    private async Task RestartAsync() => await StartAsync();

    private async Task CloseAsync()
    {
        await StopAsync();
        await OnTrail.InvokeAsync(FlowTrail.Empty);
        await OnClose.InvokeAsync();
    }

    private async Task StopAsync()
    {
        if (_run is not { } run) return;
        run.Changed -= OnRunChanged;
        _run = null;
        await run.DisposeAsync();
    }

    private void OnRunChanged() => InvokeAsync(async () =>
    {
        await ShowTrailAsync();
        StateHasChanged();
    });

    private Task ShowTrailAsync() => _run is { } run ? OnTrail.InvokeAsync(TrailOf(run.State, Definition().Id)) : Task.CompletedTask;

    /// <summary>The steps of the flow itself (not its sub-flows), numbered in the order they ran.</summary>
    internal static FlowTrail TrailOf(SimulationState state, string flowId)
    {
        var own = state.Steps.Where(s => s.FlowId == flowId).ToList();
        var badges = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < own.Count; i++)
            badges[own[i].ActivityId] = badges.TryGetValue(own[i].ActivityId, out var before) ? $"{before},{i + 1}" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var current = state.Current is { } now && now.FlowId == flowId && !state.Ended ? now.ActivityId : null;
        return new FlowTrail(own.Select(s => (s.ActivityId, s.Outcome)), current, badges);
    }

    private static string KeyId(char key) => key switch
    {
        '*' => "sim-key-star",
        '#' => "sim-key-hash",
        _ => $"sim-key-{key}",
    };

    private static string? LastAudio(SimulationState state)
    {
        for (var i = state.Lines.Count - 1; i >= 0; i--)
            if (state.Lines[i].AudioUrl is { } url) return url;
        return null;
    }

    private string NameOf(string activityId) =>
        Definition().Root.Activities.Find(a => a.Id == activityId) is { DisplayName: { Length: > 0 } name } ? name : activityId;

    private string Describe(SimulationLine line) => line.Kind switch
    {
        SimulationLineKind.Answered => L["Line.Answered"],
        SimulationLineKind.Key => string.Format(L["Line.Key"], line.Text),
        SimulationLineKind.Choice => string.Format(L["Line.Choice"], line.ActivityId is { } id ? NameOf(id) : "", line.Text),
        SimulationLineKind.Ended => string.Format(L["Line.Ended"], line.Text),
        SimulationLineKind.Error => string.Format(L["Line.Error"], line.Text),
        _ => line.Text,
    };

    public async ValueTask DisposeAsync() => await StopAsync();
}
