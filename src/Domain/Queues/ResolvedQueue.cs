namespace CallCenter.Domain.Queues;

/// <summary>A queue with its members resolved to agents: what the ACD loads.</summary>
public sealed record ResolvedQueue(CallQueue Queue, IReadOnlyList<QueueAgent> Agents);
