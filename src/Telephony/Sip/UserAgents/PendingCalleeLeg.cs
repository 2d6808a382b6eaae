using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Holds the place of an answered dialog's leg from the moment its ACK goes out until the leg that owns it exists: a
/// callee who hangs up at once (its BYE overtaking our set-up of the leg) must not get 481 and leave the call up on our
/// side. Requests wait for the leg (at most <see cref="Patience"/>), then go to it; without one, a BYE is simply confirmed.
/// </summary>
internal sealed class PendingCalleeLeg : ICalleeLeg
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource<ICalleeLeg?> _leg = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The leg is set up (or, null, will not be: the dialog was given up).</summary>
    public void Resolve(ICalleeLeg? leg) => _leg.TrySetResult(leg);

    public async Task OnCalleeByeAsync()
    {
        if (await LegAsync().ConfigureAwait(false) is { } leg) await leg.OnCalleeByeAsync().ConfigureAwait(false);
    }

    public void OnCalleeInfo(SipRequest info, char? digit) =>
        _ = LegAsync().ContinueWith(t => t.Result?.OnCalleeInfo(info, digit), TaskScheduler.Default);

    // A re-INVITE this early is refused (481) rather than held in a transaction that must answer quickly.
    public bool OnCalleeReinvite(ServerTransaction reinvite) => _leg.Task.IsCompletedSuccessfully && _leg.Task.Result is { } leg && leg.OnCalleeReinvite(reinvite);

    private async Task<ICalleeLeg?> LegAsync()
    {
        try
        {
            return await _leg.Task.WaitAsync(Patience).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
