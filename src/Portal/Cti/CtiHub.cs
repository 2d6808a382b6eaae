using CallCenter.Domain.Security;
using CallCenter.Portal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CallCenter.Portal.Cti;

/// <summary>
/// The WebCTI hub at <c>/hubs/cti</c>: a client calls <see cref="SubscribeAgent"/> (an agent's desk, a CRM popping one
/// agent's screen) or <see cref="SubscribeAll"/> (wallboard, integrators) and receives <c>offered</c>,
/// <c>connected</c>, <c>notAnswered</c>, <c>ended</c> and <c>agentState</c> (camelCase JSON, sent by
/// <see cref="CtiRelay"/>). Any signed-in role may connect (cookie or <c>X-Api-Key</c>); an Agent may follow only their
/// own agent, and every agent's events are for Supervisors, Managers and Admins.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class CtiHub(TimeProvider time) : Hub
{
    /// <summary>The group of the clients that get every agent's events.</summary>
    public const string AllGroup = "cti:all";

    /// <summary>The group of one agent's clients.</summary>
    public static string AgentGroup(string agentId) => "cti:agent:" + agentId;

    /// <summary>From now on this connection receives the events of agent <paramref name="agentId"/> (e.g. 8001).</summary>
    public Task SubscribeAgent(string agentId)
    {
        if (string.IsNullOrWhiteSpace(agentId)) throw new HubException("agentId is required");
        if (!MayWatchEveryone && PortalClaims.AgentOf(Context.User!) != agentId.Trim())
            throw new HubException($"you may follow only your own agent, not {agentId.Trim()}");
        return Groups.AddToGroupAsync(Context.ConnectionId, AgentGroup(agentId.Trim()));
    }

    /// <summary>Stops the events of agent <paramref name="agentId"/> for this connection.</summary>
    public Task UnsubscribeAgent(string agentId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, AgentGroup(agentId.Trim()));

    /// <summary>From now on this connection receives every agent's events.</summary>
    public Task SubscribeAll() => MayWatchEveryone
        ? Groups.AddToGroupAsync(Context.ConnectionId, AllGroup)
        : throw new HubException("every agent's events are for supervisors, managers and admins");

    private bool MayWatchEveryone => Context.User is { } user && PortalClaims.SeesEveryAgent(user);

    /// <summary>Answers the server's time at once: clients measure the hub's round trip with it.</summary>
    public DateTimeOffset Ping() => time.GetUtcNow();
}
