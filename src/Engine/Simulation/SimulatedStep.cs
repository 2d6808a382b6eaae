namespace CallCenter.Engine.Simulation;

/// <summary>A step of a simulated run: which instance and flow, which activity, and the outcomes it can take.</summary>
public sealed record SimulatedStep(string InstanceId, string DefinitionId, string ActivityId, string ActivityType, IReadOnlyList<string> Outcomes);
