using CallCenter.Activities.Calls.Simulation;
using CallCenter.Designer.Simulation;
using CallCenter.Engine.Models;
using CallCenter.Engine.Options;
using CallCenter.Engine.Serialization;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Designer.Simulation;

/// <summary>The designer's simulator on the real engine: each run is a <see cref="SimulationRun"/> of a <see cref="SimulatedCall"/> through <see cref="CallSimulator"/>.</summary>
public sealed class PortalFlowSimulator(CallSimulator simulator, SimulationAudio audio, TimeProvider time, IOptions<EngineOptions> engine,
    ILogger<SimulationRun> logger) : IFlowSimulator
{
    private readonly TimeZoneInfo _zone = engine.Value.ResolveTimeZone();

    public ISimulationRun Start(WorkflowDefinition definition, SimulationSetup setup) =>
        SimulationRun.Start(WorkflowJson.Clone(definition), setup, simulator, audio, time, _zone, logger);
}
