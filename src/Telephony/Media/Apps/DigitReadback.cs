using CallCenter.Telephony.Media.Playback;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Rtp;

namespace CallCenter.Telephony.Media.Apps;

/// <summary>
/// The <c>*44</c> test: plays a greeting (a digit stops it), collects digits until <c>#</c>, 20 digits
/// or 5 s without one, then reads them back and reports them. Lets a user check that their phone's
/// DTMF reaches us.
/// </summary>
public sealed class DigitReadback
{
    private const int MaxDigits = 20;
    private readonly RtpMediaSession _session;
    private readonly DigitPrompts _prompts;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interDigit;
    private readonly Lock _gate = new();
    private readonly List<char> _digits = [];
    private readonly TaskCompletionSource<string> _collected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private PromptPlayer? _greeting;
    private ITimer? _timeout;

    public DigitReadback(RtpMediaSession session, DigitPrompts prompts, TimeProvider time, TimeSpan? interDigitTimeout = null)
    {
        _session = session;
        _prompts = prompts;
        _time = time;
        _interDigit = interDigitTimeout ?? TimeSpan.FromSeconds(5);
    }

    /// <summary>Completes with the digits once they have been read back ("" when none came).</summary>
    public async Task<string> RunAsync(CancellationToken ct)
    {
        _greeting = new PromptPlayer(_prompts.Greeting);
        _session.DigitReceived += OnDigit;
        _session.Source = _greeting;
        lock (_gate) _timeout = _time.CreateTimer(_ => Finish(), null, _prompts.Greeting.Duration + _interDigit, Timeout.InfiniteTimeSpan);
        try
        {
            var digits = await _collected.Task.WaitAsync(ct).ConfigureAwait(false);
            var readback = new Playlist(digits.Select(_prompts.For).ToList());
            _session.Source = readback;
            await readback.Completion.WaitAsync(ct).ConfigureAwait(false);
            return digits;
        }
        finally
        {
            _session.DigitReceived -= OnDigit;
            lock (_gate) _timeout?.Dispose();
        }
    }

    private void OnDigit(char digit)
    {
        _greeting?.Stop();
        bool done;
        lock (_gate)
        {
            if (digit != '#') _digits.Add(digit);
            done = digit == '#' || _digits.Count >= MaxDigits;
            if (!done) _timeout?.Change(_interDigit, Timeout.InfiniteTimeSpan);
        }
        if (done) Finish();
    }

    private void Finish()
    {
        string digits;
        lock (_gate) digits = new string([.. _digits]);
        _collected.TrySetResult(digits);
    }
}
