using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Bridging;
using CallCenter.Telephony.Media.Codecs;
using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Playback;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// An inbound call as an <see cref="ICallSession"/>: rings (180) until the application answers, then one
/// clock-paced <see cref="RtpMediaSession"/> carries prompts, recordings and bridges. Digits from RFC 4733
/// and SIP INFO go into one <see cref="DigitBuffer"/> (type-ahead for the next collection). The call's end —
/// the caller's BYE or CANCEL, our hang-up, a missing ACK — cancels <see cref="Ended"/> and every wait.
/// </summary>
internal sealed class SipCallSession : ICallSession, IRingingCall, IAsyncDisposable
{
    private readonly CallSessionContext _x;
    private readonly ServerTransaction _invite;
    private readonly DateTimeOffset _startedAt;
    private readonly string _tag = SipResponseFactory.NewTag();
    private readonly DigitBuffer _digits = new();
    private readonly CancellationTokenSource _ended = new();
    private readonly TaskCompletionSource _endedTask = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _answerGate = new(1, 1);
    private readonly ILogger _logger;
    private ActiveCall? _call;
    private RtpMediaSession? _rtp;
    private HangupInfo? _hangup;
    private volatile CallSessionState _state = CallSessionState.Ringing;
    private SessionBridge? _bridge;
    private bool _onHold;

    public SipCallSession(CallSessionContext context, ServerTransaction invite, DateTimeOffset startedAt)
    {
        _x = context;
        _invite = invite;
        _startedAt = startedAt;
        _logger = context.Loggers.CreateLogger<SipCallSession>();
        var request = invite.Request;
        Id = request.CallId ?? "";
        Caller = request.From?.Uri.User ?? "";
        Called = request.RequestUri.User ?? "";
    }

    public string Id { get; }
    public CallDirection Direction => CallDirection.Inbound;
    public string Caller { get; }
    public string Called { get; }
    public CallSessionState State => _state;
    public HangupInfo? Hangup => _hangup;
    public CancellationToken Ended => _ended.Token;
    internal Task EndedTask => _endedTask.Task;
    internal RtpMediaSession? Rtp => _rtp;

    public event Action<ICallSession, char>? DigitReceived;
    public event Action<ICallSession, HangupInfo>? HungUp;
    public event Action<ICallSession, MediaState>? MediaChanged;

    /// <summary>Tells the caller we are ringing (180, with the tag our 200 will carry) and listens for their CANCEL.</summary>
    internal void Ring()
    {
        _x.Ringing.AddRinging(_invite, this);
        _invite.Respond(SipResponseFactory.Create(_invite.Request, 180, toTag: _tag));
    }

    public async Task AnswerAsync(CancellationToken ct = default)
    {
        await _answerGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_state != CallSessionState.Ringing) return;
            var prepared = _x.Answerer.Prepare(_invite, _startedAt);
            if (prepared is null)
            {
                End(new HangupInfo(HangupSide.Server, "the offer could not be answered", _invite.LastResponse?.StatusCode));
                return;
            }
            var agreement = prepared.Agreement;
            var rtp = new RtpMediaSession(prepared.Lease, AudioCodecs.FromName(agreement.Codec.Name) ?? PcmuCodec.Instance, agreement.PayloadType,
                agreement.TelephoneEventPayloadType, agreement.RemoteRtpEndPoint, _x.Loggers.CreateLogger<RtpMediaSession>(), _x.Time);
            rtp.DigitReceived += OnDigit;
            _rtp = rtp;
            _x.Clock.Add(rtp);
            _call = _x.Answerer.Accept(_invite, prepared, _tag, this, _startedAt);
            _call.InfoDigit += (_, digit) => OnDigit(digit);
            _x.Ringing.RemoveRinging(_invite);
            _state = CallSessionState.Answered;
            _logger.LogInformation("Call {CallId} from {Caller} to {Called} answered ({Codec}, RTP {Port})", Id, Caller, Called, agreement.Codec.Name, rtp.LocalPort);
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
                _x.Answerer.Refuse(_invite, code, null, cause, _startedAt);
                _x.Ringing.RemoveRinging(_invite);
                End(new HangupInfo(HangupSide.Server, cause, code));
                return;
            }
        }
        finally
        {
            _answerGate.Release();
        }
        if (_call is { } call) await _x.Service.EndAsync(call, cause, sendBye: true).ConfigureAwait(false);
    }

    /// <summary>The caller cancelled while we rang (the CANCEL handler already answered 487).</summary>
    public void OnCallerCancel()
    {
        _x.Ringing.RemoveRinging(_invite);
        _x.Service.Refused(_invite.Request, _startedAt, 487, "the caller cancelled", HangupSide.Caller);
        End(new HangupInfo(HangupSide.Caller, "the caller cancelled", 487));
    }

    /// <summary>The call ended (its <see cref="ActiveCall"/> releases its media): stop everything and free the ports.</summary>
    public async ValueTask DisposeAsync()
    {
        var hangup = _call?.Hangup;
        End(new HangupInfo(hangup?.Side ?? HangupSide.Server, hangup?.Reason ?? "ended"));
        if (_rtp is { } rtp)
        {
            _x.Clock.Remove(rtp);
            await rtp.DisposeAsync().ConfigureAwait(false);
        }
    }

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
