using CallCenter.Activities.Acd;
using CallCenter.Domain.Security;
using Microsoft.AspNetCore.Authorization;

namespace CallCenter.Portal.Security;

/// <summary>Decides <see cref="AgentScopeRequirement"/> from the request's route values and query (the resource is the <see cref="HttpContext"/>).</summary>
public sealed class AgentScopeHandler(LiveCalls calls) : AuthorizationHandler<AgentScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AgentScopeRequirement requirement)
    {
        var user = context.User;
        if (requirement.AnyAgentRoles.Any(user.IsInRole))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        if (!user.IsInRole(PortalRoles.Agent) || PortalClaims.AgentOf(user) is not { } own || context.Resource is not HttpContext http)
            return Task.CompletedTask;
        var number = http.GetRouteValue("number") as string;
        var callId = http.GetRouteValue("callId") as string;
        var agentQuery = http.Request.Query["agent"].ToString();
        if (number is not null && number != own) return Task.CompletedTask;
        // A call that is not live (or live with someone else) is not the agent's to act on.
        if (callId is not null && calls.Find(callId)?.AgentId != own) return Task.CompletedTask;
        if (agentQuery.Length > 0 && agentQuery != own) return Task.CompletedTask;
        // Nothing names an agent (e.g. everyone's live calls): not for an Agent, who names themselves with ?agent=.
        if (number is null && callId is null && agentQuery.Length == 0) return Task.CompletedTask;
        context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
