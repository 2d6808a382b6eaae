using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Calls.Simulation;

/// <summary>
/// A call that exists only in the designer's simulator: the flow's activities use it like a real call. Prompts are
/// handed to <see cref="Playing"/> (the browser plays them) and take their real length unless a key barges in or
/// <see cref="SkipPrompt"/> is pressed; keys come from <see cref="Press"/>; the simulated caller hangs up with
/// <see cref="HangUpAsCaller"/>. It cannot be connected to another call (bridging throws): activities that would
/// (Enqueue, Transfer, Conference) have an external effect, so the simulator chooses their outcome instead.
/// </summary>
public sealed class SimulatedCall : ICallSession, IDisposable
{
    private readonly TimeProvider _time;
    private readonly DigitBuffer _digits = new();
    private readonly CancellationTokenSource _ended = new();
    private readonly Lock _sync = new();
    private TaskCompletionSource<PlayOutcome>? _playing;
    private volatile CallSessionState _state = CallSessionState.Ringing;
    private HangupInfo? _hangup;

    public SimulatedCall(string caller, string called, TimeProvider time)
    {
        Caller = caller;
        Called = called;
        _time = time;
        Ended = _ended.Token;
    }

    public string Id { get; } = "sim-" + Guid.CreateVersion7().ToString("N");

    public CallDirection Direction => CallDirection.Inbound;

    public string Caller { get; }

    public string Called { get; }

    public CallSessionState State => _state;

    public HangupInfo? Hangup => _hangup;

    public CancellationToken Ended { get; }

    /// <summary>What the flow has recorded of the call (prompts with their texts, keys): set when it is bound to its flow.</summary>
    public CallTraceBuilder? Trace { get; internal set; }

    public event Action<ICallSession, char>? DigitReceived;

    public event Action<ICallSession, HangupInfo>? HungUp;

    public event Action<ICallSession, MediaState>? MediaChanged;

    /// <summary>The flow answered the call.</summary>
    public event Action<SimulatedCall>? Answered;

    /// <summary>The flow plays these prompts now (in this order).</summary>
    public event Action<SimulatedCall, IReadOnlyList<AudioPrompt>>? Playing;

    /// <summary>The simulated caller presses a key (0-9, *, #); ignored once the call is over.</summary>
    public void Press(char digit)
    {
        if (!"0123456789*#".Contains(digit)) throw new ArgumentOutOfRangeException(nameof(digit), digit, "a key is 0-9, * or #");
        if (_state == CallSessionState.Ended) return;
        DigitReceived?.Invoke(this, digit);
        _digits.Add(digit);
    }

    /// <summary>Ends the prompt playing now, as if it had played to the end.</summary>
    public void SkipPrompt()
    {
        lock (_sync) _playing?.TrySetResult(PlayOutcome.Completed);
    }

    /// <summary>The simulated caller hangs up.</summary>
    public void HangUpAsCaller() => End(new HangupInfo(HangupSide.Caller, "the caller hung up"));

    public Task AnswerAsync(CancellationToken ct = default)
    {
        if (_state == CallSessionState.Ended) throw new InvalidOperationException("the call has ended");
        if (_state == CallSessionState.Answered) return Task.CompletedTask;
        _state = CallSessionState.Answered;
        Answered?.Invoke(this);
        MediaChanged?.Invoke(this, MediaState.Started);
        return Task.CompletedTask;
    }

    public async Task<PlayOutcome> PlayAsync(IReadOnlyList<AudioPrompt> prompts, bool bargeIn = true, CancellationToken ct = default)
    {
        if (_state == CallSessionState.Ended) return PlayOutcome.HungUp;
        if (bargeIn && _digits.Count > 0) return PlayOutcome.Interrupted;
        var length = TimeSpan.Zero;
        foreach (var prompt in prompts) length += prompt.Duration;
        var done = new TaskCompletionSource<PlayOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync) _playing = done;
        void OnDigit(char _) => done.TrySetResult(PlayOutcome.Interrupted);
        if (bargeIn) _digits.DigitAdded += OnDigit;
        await using var timer = _time.CreateTimer(_ => done.TrySetResult(PlayOutcome.Completed), null, length, Timeout.InfiniteTimeSpan);
        await using var onEnd = Ended.Register(() => done.TrySetResult(PlayOutcome.HungUp));
        await using var onCancel = ct.Register(() => done.TrySetResult(PlayOutcome.Cancelled));
        try
        {
            Playing?.Invoke(this, prompts);
            if (bargeIn && _digits.Count > 0) done.TrySetResult(PlayOutcome.Interrupted); // a key pressed as it started
            return await done.Task.ConfigureAwait(false);
        }
        finally
        {
            if (bargeIn) _digits.DigitAdded -= OnDigit;
            lock (_sync) if (ReferenceEquals(_playing, done)) _playing = null;
        }
    }

    public async Task<DigitCollectionResult> CollectDigitsAsync(DigitCollectionOptions options, CancellationToken ct = default)
    {
        if (_state == CallSessionState.Ended) return new DigitCollectionResult("", DigitCollectionEnd.Cancelled);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, Ended);
        return await DigitCollector.CollectAsync(_digits, options, _time, linked.Token).ConfigureAwait(false);
    }

    // Nothing is stored: the simulated caller has no microphone. It "records" until the stop key, the longest length or a hang-up.
    public async Task<RecordingResult> RecordAsync(RecordingOptions options, CancellationToken ct = default)
    {
        if (_state == CallSessionState.Ended) throw new InvalidOperationException("the call has ended");
        var started = _time.GetUtcNow();
        var done = new TaskCompletionSource<RecordingStopReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnKey(ICallSession _, char digit)
        {
            if (digit == options.StopDigit) done.TrySetResult(RecordingStopReason.Digit);
        }
        DigitReceived += OnKey;
        await using var timer = _time.CreateTimer(_ => done.TrySetResult(RecordingStopReason.MaxDuration), null,
            options.MaxDuration ?? TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);
        await using var onEnd = Ended.Register(() => done.TrySetResult(RecordingStopReason.Stopped));
        await using var onCancel = ct.Register(() => done.TrySetResult(RecordingStopReason.Stopped));
        try
        {
            var reason = await done.Task.ConfigureAwait(false);
            return new RecordingResult(null, null, null, _time.GetUtcNow() - started, reason, 0);
        }
        finally
        {
            DigitReceived -= OnKey;
        }
    }

    public Task<BridgeOutcome> BridgeAsync(ICallSession other, RecordingOptions? recording = null, CancellationToken ct = default) =>
        throw new NotSupportedException("a simulated call cannot be connected to another call");

    public Task HoldAsync(bool onHold, CancellationToken ct = default) => Task.CompletedTask;

    public Task HangUpAsync(string? cause = null, int? statusCode = null, CancellationToken ct = default)
    {
        End(new HangupInfo(HangupSide.Server, cause ?? "hung up by the flow", statusCode));
        return Task.CompletedTask;
    }

    public void Dispose() => _ended.Dispose();

    private void End(HangupInfo info)
    {
        lock (_sync)
        {
            if (_state == CallSessionState.Ended) return;
            _hangup = info;
            _state = CallSessionState.Ended;
        }
        _ended.Cancel();
        MediaChanged?.Invoke(this, MediaState.Stopped);
        HungUp?.Invoke(this, info);
    }
}
