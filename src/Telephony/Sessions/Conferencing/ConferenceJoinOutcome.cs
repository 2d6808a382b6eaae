namespace CallCenter.Telephony.Sessions.Conferencing;

/// <summary>How an <see cref="IConference.AddAsync"/> ended.</summary>
public enum ConferenceJoinOutcome
{
    /// <summary>The call is in the conference (its leg now plays its mix).</summary>
    Joined,

    /// <summary>The conference has its maximum of participants.</summary>
    ConferenceFull,

    /// <summary>The call has ended (or ended while being answered).</summary>
    HungUp,

    /// <summary>The call is bridged: end the bridge first (cancel its token and await <c>BridgeAsync</c>).</summary>
    Bridged,

    /// <summary>The conference has been disposed.</summary>
    ConferenceEnded,
}
