namespace CallCenter.Designer.Simulation;

/// <summary>An activity with an external effect (Enqueue, Send SMS…) waiting for the user to say which outcome it takes.</summary>
public sealed record SimulationChoice(string FlowId, string ActivityId, string ActivityType, IReadOnlyList<string> Outcomes);
