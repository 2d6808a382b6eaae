using CallCenter.Designer.Simulation;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Simulation;

/// <summary>
/// A simulator the test scripts (the panel's host side; the real one runs the engine and is tested in the browser
/// tests): records how it was started and what the panel asked, and publishes the states the test gives it.
/// </summary>
public sealed class ScriptedSimulator : IFlowSimulator
{
    public List<(WorkflowDefinition Definition, SimulationSetup Setup)> Starts { get; } = [];

    public Run? Current { get; private set; }

    public ISimulationRun Start(WorkflowDefinition definition, SimulationSetup setup)
    {
        Starts.Add((definition, setup));
        return Current = new Run();
    }

    public sealed class Run : ISimulationRun
    {
        public List<string> Actions { get; } = [];

        public SimulationState State { get; private set; } = SimulationState.Starting;

        public bool Disposed { get; private set; }

        public event Action? Changed;

        public void Publish(SimulationState state)
        {
            State = state;
            Changed?.Invoke();
        }

        public void Press(char key) => Actions.Add($"press {key}");

        public void SkipPrompt() => Actions.Add("skip");

        public void HangUp() => Actions.Add("hang up");

        public void Choose(string outcome) => Actions.Add($"choose {outcome}");

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
