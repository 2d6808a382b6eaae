using CallCenter.Engine.Models;

namespace CallCenter.Designer.Simulation;

/// <summary>
/// Runs a flow as a simulated call against the real engine (the host provides it: the Portal runs the flow's
/// activities with a simulated call). The designer's <see cref="SimulatorPanel"/> drives what it returns.
/// </summary>
public interface IFlowSimulator
{
    /// <summary>Starts <paramref name="definition"/> (the draft as it is now, or any version) for a simulated call set up by <paramref name="setup"/>.</summary>
    ISimulationRun Start(WorkflowDefinition definition, SimulationSetup setup);
}
