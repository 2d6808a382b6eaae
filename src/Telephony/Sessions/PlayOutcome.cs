namespace CallCenter.Telephony.Sessions;

/// <summary>How a <see cref="ICallSession.PlayAsync"/> ended.</summary>
public enum PlayOutcome
{
    /// <summary>Every prompt played to the end.</summary>
    Completed,
    /// <summary>A digit stopped it (barge-in); the digit waits for the next collection.</summary>
    Interrupted,
    /// <summary>The application cancelled it.</summary>
    Cancelled,
    /// <summary>The call ended.</summary>
    HungUp,
}
