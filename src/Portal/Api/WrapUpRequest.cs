namespace CallCenter.Portal.Api;

/// <summary>Body of <c>POST /api/v1/calls/{callId}/wrap-up</c>; <c>agentId</c> only for supervisors and keys without an agent.</summary>
public sealed record WrapUpRequest(string? Disposition, string? Notes, string? AgentId);
