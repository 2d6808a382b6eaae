using System.Collections.Concurrent;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>
/// An in-memory call leg: each digit collection takes the next scripted entry (the keys pressed during it; null or
/// nothing left = no key before the timeout), play and record return at once, and the caller hangs up at a chosen
/// operation (the n-th play, collect or record). Every operation is logged in <see cref="Operations"/>.
/// </summary>
public sealed class FakeCallSession : ICallSession
{
    private readonly Queue<string?> _keys = new();
    private readonly CancellationTokenSource _ended = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private (string Kind, int Occurrence)? _hangUpAt;
    private string _typeAhead = "";

    public FakeCallSession(string caller = "13800000001", string called = "12345", string? id = null)
    {
        Caller = caller;
        Called = called;
        Id = id ?? $"call-{Guid.NewGuid():N}";
    }

    public string Id { get; }
    public CallDirection Direction => CallDirection.Inbound;
    public string Caller { get; }
    public string Called { get; }
    public CallSessionState State { get; private set; } = CallSessionState.Ringing;
    public HangupInfo? Hangup { get; private set; }
    public CancellationToken Ended => _ended.Token;
    public ConcurrentQueue<string> Operations { get; } = new();
    public TimeSpan RecordingDuration { get; set; } = TimeSpan.FromSeconds(4);
    public RecordingStopReason RecordingReason { get; set; } = RecordingStopReason.Digit;
    public BridgeEnd BridgeEnd { get; set; } = BridgeEnd.OtherSideHungUp;
    public TaskCompletionSource<HangupInfo> HungUpTask { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event Action<ICallSession, char>? DigitReceived;
    public event Action<ICallSession, HangupInfo>? HungUp;
    public event Action<ICallSession, MediaState>? MediaChanged;

    /// <summary>Keys pressed during the next collections, one entry per collection (null = silence until the timeout).</summary>
    public FakeCallSession Keys(params string?[] perCollection)
    {
        foreach (var keys in perCollection) _keys.Enqueue(keys);
        return this;
    }

    /// <summary>The caller hangs up when the <paramref name="occurrence"/>-th operation of <paramref name="kind"/> (play, collect, record, bridge) starts.</summary>
    public FakeCallSession HangUpAt(string kind, int occurrence = 1)
    {
        _hangUpAt = (kind, occurrence);
        return this;
    }

    public Task AnswerAsync(CancellationToken ct = default)
    {
        if (State == CallSessionState.Ringing)
        {
            State = CallSessionState.Answered;
            Operations.Enqueue("answer");
            MediaChanged?.Invoke(this, MediaState.Started);
        }
        return Task.CompletedTask;
    }

    public async Task<PlayOutcome> PlayAsync(IReadOnlyList<AudioPrompt> prompts, bool bargeIn = true, CancellationToken ct = default)
    {
        if (!await StartAsync("play", string.Join(" + ", prompts.Select(p => p.Name)) + (bargeIn ? " (barge-in)" : ""))) return PlayOutcome.HungUp;
        if (ct.IsCancellationRequested) return PlayOutcome.Cancelled;
        // A key already pressed for the next collection stops a prompt that allows barge-in.
        return bargeIn && _keys.TryPeek(out var next) && next is { Length: > 0 } ? PlayOutcome.Interrupted : PlayOutcome.Completed;
    }

    public async Task<DigitCollectionResult> CollectDigitsAsync(DigitCollectionOptions options, CancellationToken ct = default)
    {
        if (!await StartAsync("collect", $"max={options.MaxDigits} end={options.Terminators}")) return new("", DigitCollectionEnd.Cancelled);
        var keys = _typeAhead + (_keys.TryDequeue(out var next) ? next ?? "" : "");
        _typeAhead = "";
        var digits = "";
        for (var i = 0; i < keys.Length; i++)
        {
            DigitReceived?.Invoke(this, keys[i]);
            if (options.Terminators.Contains(keys[i])) { _typeAhead = keys[(i + 1)..]; return new(digits, DigitCollectionEnd.Terminator, keys[i]); }
            digits += keys[i];
            if (options.MaxDigits > 0 && digits.Length == options.MaxDigits) { _typeAhead = keys[(i + 1)..]; return new(digits, DigitCollectionEnd.MaxDigits); }
        }
        return new(digits, DigitCollectionEnd.Timeout);
    }

    public async Task<RecordingResult> RecordAsync(RecordingOptions options, CancellationToken ct = default)
    {
        var hungUp = !await StartAsync("record", $"max={options.MaxDuration?.TotalSeconds} stop={options.StopDigit} silence={options.SilenceTimeout?.TotalSeconds}");
        if (options.ReceivedPath is { } path) await File.WriteAllBytesAsync(path, new byte[44 + 160], CancellationToken.None);
        return new RecordingResult(options.ReceivedPath, null, null, RecordingDuration, hungUp ? RecordingStopReason.Stopped : RecordingReason, 0);
    }

    public async Task<BridgeOutcome> BridgeAsync(ICallSession other, RecordingOptions? recording = null, CancellationToken ct = default)
    {
        if (!await StartAsync("bridge", other.Called)) return new(BridgeEnd.ThisSideHungUp, TimeSpan.Zero);
        if (BridgeEnd == BridgeEnd.OtherSideHungUp && other is FakeCallSession peer) peer.End(HangupSide.Caller, "the agent hung up");
        return new(BridgeEnd, TimeSpan.FromSeconds(30));
    }

    public Task HoldAsync(bool onHold, CancellationToken ct = default) => Task.CompletedTask;

    public Task HangUpAsync(string? cause = null, int? statusCode = null, CancellationToken ct = default)
    {
        Operations.Enqueue($"hangup: {cause}");
        // Like the real session: the status is the final response to a call not answered yet (480 by default).
        End(HangupSide.Server, cause ?? "hung up by the application", State == CallSessionState.Ringing ? statusCode ?? 480 : null);
        return Task.CompletedTask;
    }

    /// <summary>The caller hangs up now.</summary>
    public void CallerHangsUp() => End(HangupSide.Caller, "the caller hung up");

    private async Task<bool> StartAsync(string kind, string detail)
    {
        if (State == CallSessionState.Ended) return false;
        await AnswerAsync();
        Operations.Enqueue($"{kind}: {detail}");
        var count = _counts[kind] = _counts.GetValueOrDefault(kind) + 1;
        if (_hangUpAt is { } at && at.Kind == kind && at.Occurrence == count)
        {
            CallerHangsUp();
            return false;
        }
        return true;
    }

    private void End(HangupSide side, string cause, int? statusCode = null)
    {
        if (State == CallSessionState.Ended) return;
        var wasAnswered = State == CallSessionState.Answered;
        Hangup = new HangupInfo(side, cause, statusCode);
        State = CallSessionState.Ended;
        _ended.Cancel();
        if (wasAnswered) MediaChanged?.Invoke(this, MediaState.Stopped);
        HungUp?.Invoke(this, Hangup);
        HungUpTask.TrySetResult(Hangup);
    }
}
