namespace CallCenter.Telephony.Media.Mixing;

/// <summary>
/// How a participant takes part in a mix (a conference, a supervisor on an agent's call). A role can be
/// changed while the mix runs (monitor → whisper → barge = <see cref="Listen"/> → <see cref="Whisper"/> → <see cref="Full"/>);
/// the change applies from the next media-clock tick.
/// </summary>
public enum ParticipantRole
{
    /// <summary>Speaks to everyone and hears everyone who speaks (a conference member; barge).</summary>
    Full,

    /// <summary>Hears everyone who speaks; nobody hears them (supervisor monitor, silent listen).</summary>
    Listen,

    /// <summary>
    /// Speaks only to one target participant (the agent) and hears everyone who speaks, like <see cref="Listen"/>;
    /// the others (the caller) do not hear them. Needs a target.
    /// </summary>
    Whisper,

    /// <summary>Hears everyone who speaks; what they say is dropped (a muted member; their audio is not even read).</summary>
    Muted,
}
