using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Bridging;
using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Playback;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// A call leg as an <see cref="ICallSession"/>, inbound or outbound alike: the signalling lives in its
/// <see cref="ICallLeg"/> (an inbound INVITE that rings until the application answers, or a dialog our INVITE made);
/// the media here — one clock-paced <see cref="RtpMediaSession"/> configured from the SDP agreement (and again on
/// every re-INVITE) carries prompts, recordings and bridges. Digits from RFC 4733 and SIP INFO go into one
/// <see cref="DigitBuffer"/> (type-ahead for the next collection); in a bridge a digit the other side cannot take
/// as RFC 4733, or one that came by INFO, goes to it as INFO. The call's end — the remote's BYE or CANCEL, our
/// hang-up, a missing ACK — cancels <see cref="Ended"/> and every wait.
/// </summary>
internal sealed class SipCallSession : ICallSession, ICallLegOwner, IAsyncDisposable
{
    private readonly CallSessionContext _x;
    private readonly ICallLeg _leg;
    private readonly DigitBuffer _digits = new();
    private readonly CancellationTokenSource _ended = new();
    private readonly TaskCompletionSource _endedTask = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _answerGate = new(1, 1);
    private readonly ILogger _logger;
    private RtpMediaSession? _rtp;
    private HangupInfo? _hangup;
    private volatile CallSessionState _state = CallSessionState.Ringing;
    private SessionBridge? _bridge;
    private bool _onHold;

    public SipCallSession(CallSessionContext context, ICallLeg leg)
    {
        _x = context;
        _leg = leg;
        _logger = context.Loggers.CreateLogger<SipCallSession>();
        leg.Attach(this);
    }

    public string Id => _leg.Id;
    public CallDirection Direction => _leg.Direction;
    public string Caller => _leg.Caller;
    public string Called => _leg.Called;
    public CallSessionState State => _state;
    public HangupInfo? Hangup => _hangup;
    public DateTimeOffset? InviteReceivedAt { get; init; }
    public CancellationToken Ended => _ended.Token;
    internal Task EndedTask => _endedTask.Task;
    internal RtpMediaSession? Rtp => _rtp;

    /// <summary>What this call shares with the others of its server (a conference takes the media clock from it).</summary>
    internal CallSessionContext Context => _x;

    /// <summary>Whether <see cref="BridgeAsync"/> is joining this call to another now.</summary>
    internal bool IsBridged => _bridge is not null;

    public event Action<ICallSession, char>? DigitReceived;
    public event Action<ICallSession, HangupInfo>? HungUp;
    public event Action<ICallSession, MediaState>? MediaChanged;

    public async Task AnswerAsync(CancellationToken ct = default)
    {
        await _answerGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_state != CallSessionState.Ringing || _leg.PrepareMedia() is not { } prepared) return;
            var agreement = prepared.Agreement;
            var rtp = RtpSessionSetup.Create(prepared.Lease, agreement, _x.Loggers, _x.Time);
            rtp.DigitReceived += OnDigit;
            rtp.DigitToPrompt = _x.Clock.DigitToPrompt;
            _rtp = rtp;
            _x.Clock.Add(rtp);
            _leg.Connect(this);
            _state = CallSessionState.Answered;
            _logger.LogInformation("{Direction} call {CallId} from {Caller} to {Called} answered ({Codec}, RTP {Port})",
                Direction, Id, Caller, Called, agreement.Codec.Name, rtp.LocalPort);
            MediaChanged?.Invoke(this, MediaState.Started);
        }
        finally
        {
            _answerGate.Release();
        }
    }

    public async Task<PlayOutcome> PlayAsync(IReadOnlyList<AudioPrompt> prompts, bool bargeIn = true, CancellationToken ct = default)
    {
        if (await AnsweredRtpAsync(ct).ConfigureAwait(false) is not { } rtp) return PlayOutcome.HungUp;
        if (bargeIn && _digits.Count > 0) return PlayOutcome.Interrupted;
        var playlist = new Playlist(prompts);
        var interrupted = false;
        void Stop(char _) { interrupted = true; playlist.Stop(); }
        if (bargeIn) _digits.DigitAdded += Stop;
        rtp.MeasureDigitToPrompt(playlist);
        rtp.Source = playlist;
        try
        {
            await using (ct.Register(playlist.Stop).ConfigureAwait(false))
            await using (_ended.Token.Register(playlist.Stop).ConfigureAwait(false))
            {
                if (await playlist.Completion.ConfigureAwait(false)) return PlayOutcome.Completed;
            }
            return _state == CallSessionState.Ended ? PlayOutcome.HungUp : interrupted ? PlayOutcome.Interrupted : PlayOutcome.Cancelled;
        }
        finally
        {
            if (bargeIn) _digits.DigitAdded -= Stop;
            if (ReferenceEquals(rtp.Source, playlist)) rtp.Source = null;
        }
    }

    public async Task<DigitCollectionResult> CollectDigitsAsync(DigitCollectionOptions options, CancellationToken ct = default)
    {
        if (await AnsweredRtpAsync(ct).ConfigureAwait(false) is null) return new DigitCollectionResult("", DigitCollectionEnd.Cancelled);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _ended.Token);
        return await DigitCollector.CollectAsync(_digits, options, _x.Time, linked.Token).ConfigureAwait(false);
    }

    public async Task<RecordingResult> RecordAsync(RecordingOptions options, CancellationToken ct = default)
    {
        var rtp = await AnsweredRtpAsync(ct).ConfigureAwait(false) ?? throw new InvalidOperationException($"Call {Id} has ended: nothing to record.");
        var recorder = new CallRecorder(options);
        void Notify(char digit)
        {
            // The stop digit (and what was keyed while recording) is not input for the next menu; later digits are.
            if (digit == options.StopDigit && !recorder.IsStopped) _digits.Clear();
            recorder.NotifyDigit(digit);
        }
        _digits.DigitAdded += Notify;
        rtp.AddTap(recorder);
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _ended.Token);
            await recorder.Completion.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }
        finally
        {
            _digits.DigitAdded -= Notify;
            rtp.RemoveTap(recorder);
        }
        return await recorder.StopAsync().ConfigureAwait(false);
    }

    public async Task<BridgeOutcome> BridgeAsync(ICallSession other, RecordingOptions? recording = null, CancellationToken ct = default)
    {
        if (other is not SipCallSession peer || ReferenceEquals(peer, this))
            throw new ArgumentException("Only another call of this server can be bridged to.", nameof(other));
        var mine = await AnsweredRtpAsync(ct).ConfigureAwait(false);
        var theirs = await peer.AnsweredRtpAsync(ct).ConfigureAwait(false);
        if (mine is null) return new BridgeOutcome(BridgeEnd.ThisSideHungUp, TimeSpan.Zero);
        if (theirs is null) return new BridgeOutcome(BridgeEnd.OtherSideHungUp, TimeSpan.Zero);
        var bridge = new SessionBridge(this, peer, new MediaBridge(mine, theirs));
        // The other side has no telephone-event: it gets the digit as SIP INFO in its dialog.
        bridge.Media.DigitNotRelayed += (_, to, digit) => (ReferenceEquals(to, mine) ? this : peer)._leg.SendInfoDigit(digit);
        var recorder = recording is null ? null : bridge.Media.Record(recording);
        var started = _x.Time.GetTimestamp();
        _bridge = bridge;
        peer._bridge = bridge;
        _logger.LogInformation("Calls {First} and {Second} bridged", Id, peer.Id);
        BridgeEnd end;
        try
        {
            var cancelled = Task.Delay(Timeout.Infinite, ct);
            var first = await Task.WhenAny(EndedTask, peer.EndedTask, cancelled).ConfigureAwait(false);
            end = first == EndedTask ? BridgeEnd.ThisSideHungUp : first == peer.EndedTask ? BridgeEnd.OtherSideHungUp : BridgeEnd.Unbridged;
        }
        finally
        {
            _bridge = null;
            peer._bridge = null;
        }
        var recorded = recorder is null ? null : await recorder.StopAsync().ConfigureAwait(false);
        await bridge.Media.DisposeAsync().ConfigureAwait(false);
        _logger.LogInformation("Calls {First} and {Second} unbridged: {End}", Id, peer.Id, end);
        return new BridgeOutcome(end, _x.Time.GetElapsedTime(started), recorded);
    }

    public async Task HoldAsync(bool onHold, CancellationToken ct = default)
    {
        if (await AnsweredRtpAsync(ct).ConfigureAwait(false) is not { } rtp || _onHold == onHold) return;
        _onHold = onHold;
        var bridge = _bridge;
        var other = bridge?.Other(this)._rtp;
        if (onHold)
        {
            rtp.Source = _x.HoldMusic();
            if (other is not null) other.Source = null;
        }
        else if (other is not null)
        {
            rtp.Source = other.Received;
            other.Source = rtp.Received;
        }
        else rtp.Source = null;
        _logger.LogInformation("Call {CallId} {State}", Id, onHold ? "on hold" : "off hold");
    }

    public async Task HangUpAsync(string? cause = null, int? statusCode = null, CancellationToken ct = default)
    {
        cause ??= "hung up by the application";
        await _answerGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_state == CallSessionState.Ringing)
            {
                var code = statusCode ?? 480;
                _leg.Refuse(code, cause);
                End(new HangupInfo(HangupSide.Server, cause, code));
                return;
            }
        }
        finally
        {
            _answerGate.Release();
        }
        if (_state == CallSessionState.Answered) await _leg.HangUpAsync(cause).ConfigureAwait(false);
    }

    /// <summary>The call ended (its leg releases the media): stop everything and free the ports.</summary>
    public async ValueTask DisposeAsync()
    {
        var hangup = _leg.Hangup;
        End(new HangupInfo(hangup?.Side ?? HangupSide.Server, hangup?.Reason ?? "ended"));
        if (_rtp is { } rtp)
        {
            _x.Clock.Remove(rtp);
            await rtp.DisposeAsync().ConfigureAwait(false);
        }
    }

    void ICallLegOwner.OnInfoDigit(char digit)
    {
        _rtp?.NoteDigitReceived();
        OnDigit(digit);
        // In a bridge the other side hears it too, in the way it came.
        _bridge?.Other(this)._leg.SendInfoDigit(digit);
    }

    void ICallLegOwner.OnRenegotiated(SdpMediaAgreement agreement)
    {
        if (_rtp is not { } rtp) return;
        RtpSessionSetup.Apply(rtp, agreement);
        _logger.LogInformation("Call {CallId}: media renegotiated ({Direction}, remote {Remote})", Id, rtp.Direction, rtp.Remote);
    }

    void ICallLegOwner.OnEndedUnanswered(HangupInfo info) => End(info);

    private async Task<RtpMediaSession?> AnsweredRtpAsync(CancellationToken ct)
    {
        if (_state == CallSessionState.Ringing) await AnswerAsync(ct).ConfigureAwait(false);
        return _state == CallSessionState.Answered ? _rtp : null;
    }

    private void OnDigit(char digit)
    {
        _digits.Add(digit);
        DigitReceived?.Invoke(this, digit);
    }

    private void End(HangupInfo info)
    {
        if (_state == CallSessionState.Ended) return;
        var wasAnswered = _state == CallSessionState.Answered;
        lock (_ended)
        {
            if (_hangup is not null) return;
            _hangup = info;
            _state = CallSessionState.Ended;
        }
        _ended.Cancel();
        _endedTask.TrySetResult();
        _logger.LogInformation("Call {CallId} ended by the {Side}: {Cause}", Id, info.Side, info.Cause);
        if (wasAnswered) MediaChanged?.Invoke(this, MediaState.Stopped);
        HungUp?.Invoke(this, info);
    }
}
