using CallCenter.Telephony.Media.Mixing;

namespace CallCenter.Telephony.Sessions.Conferencing;

/// <summary>A call in a conference: its session, its role now, and whom it whispers to.</summary>
public sealed class ConferenceParticipant
{
    internal ConferenceParticipant(ICallSession session, MixerParticipant mix, DateTimeOffset joinedAt, ICallSession? whisperTarget)
    {
        Session = session;
        Mix = mix;
        JoinedAt = joinedAt;
        TargetValue = whisperTarget;
    }

    /// <summary>The call.</summary>
    public ICallSession Session { get; }

    /// <summary>Its role now (a whisperer whose target leaves becomes a listener).</summary>
    public ParticipantRole Role => Mix.Role;

    /// <summary>The call that hears this one while it whispers; null in other roles.</summary>
    public ICallSession? WhisperTarget => Mix.Role == ParticipantRole.Whisper ? TargetValue : null;

    /// <summary>When it joined.</summary>
    public DateTimeOffset JoinedAt { get; }

    /// <summary>Whether it spoke on the latest tick (an active-speaker indication).</summary>
    public bool IsTalking => Mix.IsTalking;

    internal MixerParticipant Mix { get; }

    internal ICallSession? TargetValue { get; set; }

    public override string ToString() => $"{Session.Id} ({Role})";
}
