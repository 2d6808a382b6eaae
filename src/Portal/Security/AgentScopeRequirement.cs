using Microsoft.AspNetCore.Authorization;

namespace CallCenter.Portal.Security;

/// <summary>
/// Met by a principal in one of <see cref="AnyAgentRoles"/>, or by an Agent acting on their own agent: the route's
/// <c>{number}</c>, the agent of the live call <c>{callId}</c>, and the query's <c>agent</c> must all be theirs, and at
/// least one of them must be there.
/// </summary>
public sealed class AgentScopeRequirement(params string[] anyAgentRoles) : IAuthorizationRequirement
{
    /// <summary>Roles that may act on any agent.</summary>
    public IReadOnlyList<string> AnyAgentRoles { get; } = anyAgentRoles;
}
