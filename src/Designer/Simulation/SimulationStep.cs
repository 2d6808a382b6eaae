namespace CallCenter.Designer.Simulation;

/// <summary>One activity a simulated call ran: which flow (its id), which node, its type, the outcome it took (null while running) and when.</summary>
public sealed record SimulationStep(string FlowId, string ActivityId, string ActivityType, string? Outcome, DateTimeOffset At);
