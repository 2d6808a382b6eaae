namespace CallCenter.Activities.Acd;

/// <summary>Why <see cref="ClickToDial.StartAsync"/> did not place a call.</summary>
public enum DialRefusal
{
    UnknownAgent,
    AgentDisabled,
    /// <summary>The agent has no extension to ring.</summary>
    NoExtension,
    /// <summary>The agent is logged out, on a call, being offered one, or already dialling.</summary>
    AgentUnavailable,
    /// <summary>Not a number that can be dialled (the message says why).</summary>
    InvalidNumber,
    /// <summary>The agent's dial permission does not reach the number.</summary>
    NotPermitted,
    /// <summary>An outside number and no <c>Dialing:TrunkUri</c> configured, or no voice server at all.</summary>
    NoRoute,
}
