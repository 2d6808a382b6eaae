namespace CallCenter.Domain.Acd;

/// <summary>A call an agent answered, until it completes.</summary>
internal sealed record ConnectedCall(string CallId, QueueState Queue, AgentState Agent, TimeSpan Waited, DateTimeOffset ConnectedAt);
