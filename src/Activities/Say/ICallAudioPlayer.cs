using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Say;

/// <summary>
/// How a Say* activity plays audio on the call its flow instance serves. The call activities' binding of an
/// instance to its <see cref="ICallSession"/> implements it (resolve the session, then <see cref="ICallSession.PlayAsync"/>).
/// </summary>
public interface ICallAudioPlayer
{
    /// <summary>Plays <paramref name="prompts"/> on the call of <paramref name="context"/>'s instance.</summary>
    Task<PlayOutcome> PlayAsync(ActivityContext context, IReadOnlyList<AudioPrompt> prompts, bool bargeIn, CancellationToken ct);
}
