using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Telephony.Sessions.Apps;

/// <summary>
/// The <c>*44</c> test, an application on a call session: plays a greeting (a digit stops it), collects
/// digits until <c>#</c>, 20 digits or 5 s without one, reads them back and reports them. Lets a user
/// check that their phone's DTMF — RFC 4733 or SIP INFO — reaches us.
/// </summary>
public sealed class DigitReadback(DigitPrompts prompts, TimeSpan? interDigitTimeout = null)
{
    private const int MaxDigits = 20;
    private readonly TimeSpan _interDigit = interDigitTimeout ?? TimeSpan.FromSeconds(5);

    /// <summary>Completes with the digits once they have been read back ("" when none came).</summary>
    public async Task<string> RunAsync(ICallSession call, CancellationToken ct)
    {
        await call.AnswerAsync(ct).ConfigureAwait(false);
        await call.PlayAsync([prompts.Greeting], bargeIn: true, ct).ConfigureAwait(false);
        var collected = await call.CollectDigitsAsync(new DigitCollectionOptions
        {
            MaxDigits = MaxDigits,
            Terminators = "#",
            FirstDigitTimeout = _interDigit,
            InterDigitTimeout = _interDigit,
        }, ct).ConfigureAwait(false);
        var digits = collected.Digits;
        if (digits.Length > 0) await call.PlayAsync([.. digits.Select(prompts.For)], bargeIn: false, ct).ConfigureAwait(false);
        return digits;
    }
}
