namespace CallCenter.Portal.Security;

/// <summary>Claim types the Portal adds to a signed-in user or an API key's principal.</summary>
public static class PortalClaims
{
    /// <summary>The ACD agent the principal acts as (e.g. "8001"); absent for users who are no agent.</summary>
    public const string AgentId = "cc:agent_id";

    /// <summary>The user's display name.</summary>
    public const string DisplayName = "cc:display_name";

    /// <summary>The agent id of <paramref name="user"/>, or null.</summary>
    public static string? AgentOf(System.Security.Claims.ClaimsPrincipal user) => user.FindFirst(AgentId)?.Value;

    /// <summary>Whether <paramref name="user"/> sees every agent's calls, dials and events (Supervisor, Manager, Admin).</summary>
    public static bool SeesEveryAgent(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Domain.Security.PortalRoles.Supervisor) || user.IsInRole(Domain.Security.PortalRoles.Manager) || user.IsInRole(Domain.Security.PortalRoles.Admin);
}
