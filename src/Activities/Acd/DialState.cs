namespace CallCenter.Activities.Acd;

/// <summary>Where a click-to-dial call is (<see cref="DialSnapshot.State"/>).</summary>
public enum DialState
{
    /// <summary>The agent's own phone rings (it shows the number to be dialled).</summary>
    RingingAgent,
    /// <summary>The agent answered; the customer's phone rings.</summary>
    RingingCustomer,
    /// <summary>Agent and customer talk.</summary>
    Connected,
    /// <summary>They talked and one hung up (or the agent gave up while the customer rang).</summary>
    Ended,
    /// <summary>The agent or the customer was not reached (no answer, busy, unreachable): the message says why.</summary>
    Failed,
}
