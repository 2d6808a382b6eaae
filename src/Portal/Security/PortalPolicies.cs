using CallCenter.Domain.Security;
using Microsoft.AspNetCore.Authorization;

namespace CallCenter.Portal.Security;

/// <summary>
/// The authorisation policies, by what an endpoint does. Where the route names an agent (<c>{number}</c>) or a live call
/// (<c>{callId}</c>), an Agent may only act on their own (<see cref="AgentScopeRequirement"/>).
/// </summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in person or key with a Portal role.</summary>
    public const string Staff = "Staff";

    /// <summary>Agent desk actions (state, call control): Agent on their own agent/call; Supervisor and Admin on any.</summary>
    public const string AgentDesk = "AgentDesk";

    /// <summary>Reading one agent's data: Agent their own; Supervisor, Manager and Admin any.</summary>
    public const string AgentRead = "AgentRead";

    /// <summary>Wrapping up a call: Agent, Supervisor, Admin (the endpoint picks whose wrap-up it is).</summary>
    public const string WrapUp = "WrapUp";

    /// <summary>Supervisor actions: monitor, force release, reload, everyone's live state. Supervisor and Admin.</summary>
    public const string Supervision = "Supervision";

    /// <summary>Reading call records, queue logs and figures: Supervisor, Manager, Admin.</summary>
    public const string Reports = "Reports";

    /// <summary>Configuration and anything about the system itself: Admin.</summary>
    public const string Administration = "Administration";

    /// <summary>Registers every policy above; anything without a policy needs at least a signed-in user (fallback).</summary>
    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireRole([.. PortalRoles.All]));
        options.AddPolicy(AgentDesk, p => p.RequireRole(PortalRoles.Agent, PortalRoles.Supervisor, PortalRoles.Admin)
            .AddRequirements(new AgentScopeRequirement(PortalRoles.Supervisor, PortalRoles.Admin)));
        options.AddPolicy(AgentRead, p => p.RequireRole([.. PortalRoles.All])
            .AddRequirements(new AgentScopeRequirement(PortalRoles.Supervisor, PortalRoles.Manager, PortalRoles.Admin)));
        options.AddPolicy(WrapUp, p => p.RequireRole(PortalRoles.Agent, PortalRoles.Supervisor, PortalRoles.Admin));
        options.AddPolicy(Supervision, p => p.RequireRole(PortalRoles.Supervisor, PortalRoles.Admin));
        options.AddPolicy(Reports, p => p.RequireRole(PortalRoles.Supervisor, PortalRoles.Manager, PortalRoles.Admin));
        options.AddPolicy(Administration, p => p.RequireRole(PortalRoles.Admin));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
