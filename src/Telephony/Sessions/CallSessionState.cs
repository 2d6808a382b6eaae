namespace CallCenter.Telephony.Sessions;

/// <summary>Where a call leg is in its life.</summary>
public enum CallSessionState
{
    /// <summary>Offered to us and not answered yet (the caller hears ringing).</summary>
    Ringing,
    /// <summary>Answered: media flows.</summary>
    Answered,
    /// <summary>Over; <see cref="ICallSession.Hangup"/> says how.</summary>
    Ended,
}
