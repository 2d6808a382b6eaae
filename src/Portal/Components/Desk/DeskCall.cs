using CallCenter.Activities.Acd;

namespace CallCenter.Portal.Components.Desk;

/// <summary>
/// The call the desk is about: offered (ringing), connected, or ended and waiting for the agent's wrap-up. Built from
/// the agent's call events; the live call (for the buttons) is looked up while connected.
/// </summary>
public sealed record DeskCall(AgentCallEvent Offer, DateTimeOffset OfferedAt)
{
    public DeskCallPhase Phase { get; init; } = DeskCallPhase.Ringing;
    public DateTimeOffset? ConnectedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public string CallId => Offer.CallId;
}
