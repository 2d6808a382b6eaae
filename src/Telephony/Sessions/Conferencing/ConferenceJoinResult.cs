namespace CallCenter.Telephony.Sessions.Conferencing;

/// <summary>What <see cref="IConference.AddAsync"/> did: the participant when <see cref="Outcome"/> is Joined, else a message for the operator.</summary>
public sealed record ConferenceJoinResult(ConferenceJoinOutcome Outcome, ConferenceParticipant? Participant, string Message)
{
    /// <summary>Whether the call joined.</summary>
    public bool Joined => Outcome == ConferenceJoinOutcome.Joined;
}
