namespace CallCenter.Domain.Queues;

/// <summary>A member as entered: an agent number or a group name (exactly one), with a penalty (0 = first).</summary>
public sealed record QueueMemberInput(string? Agent, string? Group, int Penalty = 0);
