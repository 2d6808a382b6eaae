using CallCenter.Domain.Agents;

namespace CallCenter.Domain.Queues;

/// <summary>An enabled agent who answers a queue (directly or through a group), with their lowest penalty there.</summary>
public sealed record QueueAgent(Agent Agent, int Penalty);
