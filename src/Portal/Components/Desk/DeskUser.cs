using System.Security.Claims;

namespace CallCenter.Portal.Components.Desk;

/// <summary>Which ACD agent the signed-in user is (the <c>agent_id</c> claim Identity issues for users linked to an agent).</summary>
public static class DeskUser
{
    public const string AgentIdClaim = "agent_id";

    public static string? AgentIdOf(ClaimsPrincipal user) => user.FindFirst(AgentIdClaim)?.Value is { Length: > 0 } id ? id : null;
}
