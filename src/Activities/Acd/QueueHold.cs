using CallCenter.Activities.Prompts;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Queues;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Acd;

/// <summary>
/// What a waiting caller hears: the queue's hold music (a library prompt, else <see cref="HoldMusic.Default"/>) looped
/// without gaps, broken by the position / estimated-wait announcement first after
/// <see cref="CallQueue.AnnounceFirstAfterSeconds"/> and then every <see cref="CallQueue.AnnounceEverySeconds"/>.
/// Runs until cancelled or the call ends. Keys pressed meanwhile stay buffered for the flow.
/// </summary>
public sealed class QueueHold(IAcd acd, TimeProvider time, ILogger<QueueHold> logger, IPromptProvider? prompts = null)
{
    private static readonly TimeSpan MinimumPlay = TimeSpan.FromSeconds(1);

    public async Task RunAsync(ICallSession call, CallQueue queue, CancellationToken ct)
    {
        try
        {
            var music = await MusicAsync(queue, ct).ConfigureAwait(false);
            var playlist = HoldMusic.Loop(music);
            var announces = prompts is not null && (queue.AnnouncePosition || queue.AnnounceEstimatedWait);
            var untilAnnouncement = TimeSpan.FromSeconds(Math.Max(1, queue.AnnounceFirstAfterSeconds));
            while (!ct.IsCancellationRequested && call.State != CallSessionState.Ended)
            {
                using (var slot = announces ? new CancellationTokenSource(untilAnnouncement, time) : new CancellationTokenSource())
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(slot.Token, ct))
                {
                    var started = time.GetTimestamp();
                    var outcome = await call.PlayAsync(playlist, bargeIn: false, both.Token).ConfigureAwait(false);
                    // Music that ran out at once (an empty prompt) is not restarted in a loop: wait for the announcement.
                    if (outcome == PlayOutcome.Completed && time.GetElapsedTime(started) < MinimumPlay)
                        await Task.Delay(Timeout.Infinite, both.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                }
                if (ct.IsCancellationRequested || call.State == CallSessionState.Ended || !announces) continue;
                if (acd.GetPosition(call.Id) is { } position
                    && QueueAnnouncement.Text(position, queue.AnnouncePosition, queue.AnnounceEstimatedWait, queue.AnnounceLanguage) is { } text)
                {
                    var voice = queue.AnnounceLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "cmn";
                    var spoken = await prompts!.SpeakAsync(text, voice, ct).ConfigureAwait(false);
                    await call.PlayAsync([spoken], bargeIn: false, ct).ConfigureAwait(false);
                }
                untilAnnouncement = TimeSpan.FromSeconds(Math.Max(1, queue.AnnounceEverySeconds));
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Music is a courtesy: a broken prompt must not lose the caller's place.
            logger.LogError(ex, "Hold music for call {CallId} in queue {Queue} stopped", call.Id, queue.Name);
        }
    }

    /// <summary>The queue's hold music: its library prompt, else <see cref="HoldMusic.Default"/>.</summary>
    public async Task<AudioPrompt> MusicAsync(CallQueue queue, CancellationToken ct)
    {
        if (prompts is null || string.IsNullOrWhiteSpace(queue.MusicOnHold)) return HoldMusic.Default;
        var music = await prompts.GetAsync(queue.MusicOnHold, ct).ConfigureAwait(false);
        if (music is null) logger.LogWarning("Queue {Queue}: hold music '{Prompt}' is not in the prompt library; the default plays", queue.Name, queue.MusicOnHold);
        return music ?? HoldMusic.Default;
    }
}
