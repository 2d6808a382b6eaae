using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// Rings every contact of one destination at once (an extension registered from a desk phone and a softphone):
/// the first to answer wins and the others are cancelled; one that answers anyway (its 2xx crossed our CANCEL, or came
/// before it) is hung up through <c>hangUpLate</c>. When none answers, the result is the most telling failure
/// (RFC 3261 §16.7: a 6xx, else busy, else the first failure).
/// </summary>
internal sealed class ForkedInvite(IReadOnlyList<OutboundInvite> forks, Action<ClientDialog> hangUpLate)
{
    public IReadOnlyList<OutboundInvite> Forks => forks;

    public void Start()
    {
        foreach (var fork in forks) fork.Start();
    }

    public void Cancel()
    {
        foreach (var fork in forks) fork.Cancel();
    }

    /// <summary>The fork that answered and its result, or the chosen failure once every fork has failed.</summary>
    public async Task<(OutboundInvite Fork, OutboundInviteResult Result)> CompletionAsync()
    {
        var pending = new List<(OutboundInvite Fork, Task<OutboundInviteResult> Completion)>(forks.Count);
        foreach (var fork in forks) pending.Add((fork, fork.Completion));
        var failures = new List<(OutboundInvite, OutboundInviteResult)>(forks.Count);
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending.ConvertAll(p => p.Completion)).ConfigureAwait(false);
            var index = pending.FindIndex(p => p.Completion == done);
            var fork = pending[index].Fork;
            pending.RemoveAt(index);
            var result = await done.ConfigureAwait(false);
            if (!result.Answered)
            {
                failures.Add((fork, result));
                continue;
            }
            foreach (var (other, completion) in pending)
            {
                other.Cancel();
                _ = completion.ContinueWith(t => { if (t.Result.Dialog is { } late) hangUpLate(late); },
                    CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            }
            return (fork, result);
        }
        return BestFailure(failures);
    }

    private static (OutboundInvite, OutboundInviteResult) BestFailure(List<(OutboundInvite Fork, OutboundInviteResult Result)> failures)
    {
        foreach (var failure in failures) if (failure.Result.StatusCode >= 600) return failure;
        foreach (var failure in failures) if (failure.Result.StatusCode == 486) return failure;
        return failures[0];
    }
}
