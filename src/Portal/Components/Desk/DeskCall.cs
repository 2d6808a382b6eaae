using CallCenter.Portal.Cti;

namespace CallCenter.Portal.Components.Desk;

/// <summary>
/// The call the desk is about: offered (ringing, with its screen pop), connected, or ended and waiting for the agent's
/// wrap-up. Built from the agent's CTI events; the live call (for the buttons) is looked up while connected.
/// </summary>
public sealed record DeskCall(string CallId, string Caller, string Called, string Queue, ScreenPop? Pop)
{
    public DeskCallPhase Phase { get; init; } = DeskCallPhase.Ringing;
    public DateTimeOffset? ConnectedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    public static DeskCall From(CtiCallEvent e, ScreenPop? pop = null) => new(e.CallId, e.Caller, e.Called, e.Queue, pop);

    /// <summary>The desk after <paramref name="e"/> (one of this agent's events): a new call, a phase change, or gone (not answered).</summary>
    public static DeskCall? Next(DeskCall? current, CtiCallEvent e) => e switch
    {
        CallOffered offered => From(e, offered.Pop),
        CallConnected when current?.CallId == e.CallId => current with { Phase = DeskCallPhase.Connected, ConnectedAt = e.At },
        CallConnected => From(e) with { Phase = DeskCallPhase.Connected, ConnectedAt = e.At },
        CallNotAnswered when current?.CallId == e.CallId => null,
        CallEnded when current?.CallId == e.CallId => current with { Phase = DeskCallPhase.Ended, EndedAt = e.At },
        _ => current,
    };
}
