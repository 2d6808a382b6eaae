namespace CallCenter.Portal.Components.Desk;

/// <summary>Where the desk's call is: ringing on the agent's phone, connected, or over (wrap-up).</summary>
public enum DeskCallPhase
{
    Ringing,
    Connected,
    Ended,
}
