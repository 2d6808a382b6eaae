using CallCenter.Telephony.Media.Mixing;
using CallCenter.Telephony.Sessions.Conferencing;

namespace CallCenter.Telephony.Sessions;

/// <summary>The voice server as the layers above see it: calls in progress, registered phones, and calls placed by us.</summary>
public interface ITelephony
{
    /// <summary>Calls in progress (inbound service calls, answered or ringing, and answered originated calls).</summary>
    IReadOnlyCollection<ICallSession> Calls { get; }

    /// <summary>The phones registered now, one entry per binding.</summary>
    IReadOnlyList<Registration> Registrations { get; }

    /// <summary>
    /// Calls an extension (every registered phone of it at once, following its forwarding unless told not to) or a SIP URI (a trunk) and waits until it is answered
    /// (an outbound <see cref="ICallSession"/>), refused, unanswered within the ring timeout (CANCEL), or
    /// <paramref name="ct"/> is cancelled (CANCEL). Expected failures are results, not exceptions.
    /// </summary>
    Task<OriginateResult> OriginateAsync(OriginateRequest request, CancellationToken ct = default);

    /// <summary>
    /// A new, empty conference bridge (N-party mixer) of at most <paramref name="maxParticipants"/> calls; add calls to it,
    /// dispose it to end it. Implementations without media (test fakes) keep the default, which throws.
    /// </summary>
    IConference CreateConference(string? name = null, int maxParticipants = AudioMixer.DefaultMaxParticipants) =>
        throw new NotSupportedException($"{GetType().Name} has no conferences.");
}
