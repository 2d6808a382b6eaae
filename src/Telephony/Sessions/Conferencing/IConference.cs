using CallCenter.Telephony.Media.Mixing;
using CallCenter.Telephony.Media.Recording;

namespace CallCenter.Telephony.Sessions.Conferencing;

/// <summary>
/// A conference bridge of answered calls, mixed by an <see cref="AudioMixer"/> on the media clock: each participant hears
/// everyone speaking to it but itself. Roles (<see cref="ParticipantRole"/>) give the supervisor's features: monitor
/// (<see cref="ParticipantRole.Listen"/>), whisper to the agent (<see cref="ParticipantRole.Whisper"/> with the agent as
/// target: the caller does not hear it), barge (<see cref="ParticipantRole.Full"/>); they change live with
/// <see cref="SetRoleAsync"/>. Made by <see cref="ITelephony.CreateConference"/>.
/// <para>
/// A call that hangs up leaves by itself (<see cref="ParticipantLeft"/>). Digits are not relayed between participants
/// (each call's digits still reach its own <see cref="ICallSession.DigitReceived"/> and digit buffer, so an application can
/// act on them). While a call is in a conference its leg plays the conference: playing a prompt, holding or bridging it
/// replaces that — remove it first. Disposing ends the mixing and gives every call back the source it had before joining.
/// </para>
/// <para>
/// Moving a bridged call into a conference (caller and agent bridged, a supervisor barges): cancel the token passed to
/// <see cref="ICallSession.BridgeAsync"/> and await it (it returns <see cref="BridgeEnd.Unbridged"/> with both legs
/// restored), then add the caller and the agent as <see cref="ParticipantRole.Full"/> and the supervisor in its role.
/// The calls are silent for at most a tick or two in between. A call still bridged is refused with
/// <see cref="ConferenceJoinOutcome.Bridged"/>.
/// </para>
/// </summary>
public interface IConference : IAsyncDisposable
{
    /// <summary>This conference's identifier.</summary>
    string Id { get; }

    /// <summary>Its name (for logs and the operator).</summary>
    string Name { get; }

    /// <summary>The most participants it takes (default 60).</summary>
    int MaxParticipants { get; }

    /// <summary>The participants now (a snapshot).</summary>
    IReadOnlyList<ConferenceParticipant> Participants { get; }

    /// <summary>A call joined.</summary>
    event Action<IConference, ConferenceParticipant>? ParticipantJoined;

    /// <summary>A call left: removed, hung up, or the conference was disposed.</summary>
    event Action<IConference, ConferenceParticipant>? ParticipantLeft;

    /// <summary>A participant's role changed (by <see cref="SetRoleAsync"/>, or a whisperer whose target left).</summary>
    event Action<IConference, ConferenceParticipant>? ParticipantRoleChanged;

    /// <summary>
    /// Adds a call (answering it if it rings) in <paramref name="role"/>; a whisperer needs <paramref name="whisperTarget"/>,
    /// a participant already in the conference. Expected failures (full, hung up, bridged, disposed) are results.
    /// </summary>
    /// <exception cref="ArgumentException">The call is not one of this server's, is already in, or the whisper target is missing or not in.</exception>
    Task<ConferenceJoinResult> AddAsync(ICallSession session, ParticipantRole role = ParticipantRole.Full, ICallSession? whisperTarget = null, CancellationToken ct = default);

    /// <summary>
    /// Changes a participant's role from the next tick (monitor → whisper → barge); false when it (or the whisper target)
    /// is not, or no longer, in the conference.
    /// </summary>
    Task<bool> SetRoleAsync(ICallSession session, ParticipantRole role, ICallSession? whisperTarget = null, CancellationToken ct = default);

    /// <summary>Takes a call out (it gets back the source it had before joining); false when it was not in.</summary>
    Task<bool> RemoveAsync(ICallSession session, CancellationToken ct = default);

    /// <summary>
    /// Records the conference — everyone speaking in <see cref="ParticipantRole.Full"/>, whispers left out — as the recorder's
    /// received (and mixed) track until stopped (<see cref="CallRecorder.StopAsync"/>), a limit in the options, or disposal.
    /// One recording at a time; a stop digit does not apply (digits are not relayed).
    /// </summary>
    CallRecorder Record(RecordingOptions options);
}
