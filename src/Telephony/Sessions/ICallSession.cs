using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// One call leg as the layers above Telephony see it — no SIP in sight. The IVR activities, the ACD and
/// the built-in test services drive calls only through this. Media operations on an unanswered inbound
/// call answer it first; on an ended call they return at once (play: <see cref="PlayOutcome.HungUp"/>,
/// collect: <see cref="DigitCollectionEnd.Cancelled"/>). Every wait also ends when the call ends.
/// </summary>
public interface ICallSession
{
    /// <summary>This leg's identifier (its SIP Call-ID, as in the call records).</summary>
    string Id { get; }

    CallDirection Direction { get; }

    /// <summary>The calling party's number (user part of From).</summary>
    string Caller { get; }

    /// <summary>The number dialled (user part of the Request-URI).</summary>
    string Called { get; }

    CallSessionState State { get; }

    /// <summary>How the call ended; null while it lasts.</summary>
    HangupInfo? Hangup { get; }

    /// <summary>When the INVITE of an inbound call reached the server (screen-pop latency is measured from it); null for other legs.</summary>
    DateTimeOffset? InviteReceivedAt => null;

    /// <summary>Cancelled when the call ends, whoever ends it.</summary>
    CancellationToken Ended { get; }

    /// <summary>Each digit the caller pressed (RFC 4733 or SIP INFO), once, in order.</summary>
    event Action<ICallSession, char>? DigitReceived;

    /// <summary>Raised once when the call ends.</summary>
    event Action<ICallSession, HangupInfo>? HungUp;

    /// <summary>Media started (answered) or stopped (ended).</summary>
    event Action<ICallSession, MediaState>? MediaChanged;

    /// <summary>Answers an inbound call (200 with our SDP answer); nothing when already answered.</summary>
    Task AnswerAsync(CancellationToken ct = default);

    /// <summary>Plays prompts one after another without gaps; with <paramref name="bargeIn"/> a digit stops them (and stays for the next collection).</summary>
    Task<PlayOutcome> PlayAsync(IReadOnlyList<AudioPrompt> prompts, bool bargeIn = true, CancellationToken ct = default);

    /// <summary>Collects digits (type-ahead included): max, terminators, first and inter-digit timeouts.</summary>
    Task<DigitCollectionResult> CollectDigitsAsync(DigitCollectionOptions options, CancellationToken ct = default);

    /// <summary>Records (what the caller says, what they hear, or both mixed) until max length, the stop digit, silence, hang-up or <paramref name="ct"/>.</summary>
    Task<RecordingResult> RecordAsync(RecordingOptions options, CancellationToken ct = default);

    /// <summary>
    /// Joins this call's audio with <paramref name="other"/>'s (both answered, DTMF passed across) until either
    /// hangs up or <paramref name="ct"/> is cancelled, which unbridges them; optionally records the bridged call.
    /// </summary>
    Task<BridgeOutcome> BridgeAsync(ICallSession other, RecordingOptions? recording = null, CancellationToken ct = default);

    /// <summary>Puts this leg on hold (it hears the hold tone; while bridged, the other side hears nothing from it) or takes it off.</summary>
    Task HoldAsync(bool onHold, CancellationToken ct = default);

    /// <summary>
    /// Ends the call: a BYE when answered, else the final response <paramref name="statusCode"/> (default 480);
    /// <paramref name="cause"/> goes into the call record (default "hung up by the application").
    /// </summary>
    Task HangUpAsync(string? cause = null, int? statusCode = null, CancellationToken ct = default);
}
