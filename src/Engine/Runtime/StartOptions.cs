namespace CallCenter.Engine.Runtime;

/// <summary>
/// How to start an instance: initial variable values, a correlation id (e.g. a call id), the input the first activity
/// sees, and — for the designer's simulator — the <see cref="Simulation"/> that watches and steers the run (kept for
/// the instance's life in this process, passed on to the sub-flows it starts).
/// </summary>
public sealed record StartOptions(
    IReadOnlyDictionary<string, object?>? Variables = null,
    string? CorrelationId = null,
    object? Input = null,
    string? InstanceId = null,
    Simulation.IFlowSimulation? Simulation = null);
