namespace CallCenter.Portal.Api;

/// <summary>Body of <c>POST /api/v1/api-keys</c>: a name, the roles (Admin, Supervisor, Agent, Manager) and, for an Agent key, the agent it acts as.</summary>
public sealed record ApiKeyRequest(string? Name, string[]? Roles, string? AgentId);
