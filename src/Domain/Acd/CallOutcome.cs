namespace CallCenter.Domain.Acd;

/// <summary>How a call left its queue (the Enqueue activity continues on the outcome of the same name).</summary>
public enum CallOutcome
{
    /// <summary>An agent answered.</summary>
    Connected,
    /// <summary>The caller waited the queue's maximum (ExitWithTimeout).</summary>
    Overflow,
    /// <summary>No agent of the queue was logged in any more (ExitEmpty).</summary>
    NoAgents,
    /// <summary>The caller hung up while waiting or ringing.</summary>
    Abandoned,
}
