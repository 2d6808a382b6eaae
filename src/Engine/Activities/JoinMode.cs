namespace CallCenter.Engine.Activities;

/// <summary>How a <see cref="Join"/> merges branches.</summary>
public enum JoinMode
{
    /// <summary>Continue each time any branch arrives.</summary>
    WaitAny,
    /// <summary>Continue once every inbound branch has arrived.</summary>
    WaitAll,
}
