using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// An answered inbound call: its dialog, its media, and the 2xx we retransmit (RFC 3261 §13.3.1.4:
/// T1 doubling to T2) until the caller's ACK arrives; without an ACK within 64×T1 the call is
/// hung up with a BYE.
/// </summary>
public sealed class ActiveCall
{
    private readonly ISipSender _sender;
    private readonly SipTimerOptions _timers;
    private readonly Lock _gate = new();
    private ITimer? _retransmit;
    private TimeSpan _interval;
    private DateTimeOffset _giveUpAt;

    internal ActiveCall(ServerDialog dialog, SipResponse ok, string localSdp, IAsyncDisposable media, ISipSender sender, SipTimerOptions timers)
    {
        Dialog = dialog;
        LocalSdp = localSdp;
        Ok = SipMessageWriter.ToBytes(ok);
        Media = media;
        _sender = sender;
        _timers = timers;
    }

    public ServerDialog Dialog { get; }
    /// <summary>When the INVITE arrived.</summary>
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>When we answered it.</summary>
    public DateTimeOffset AnsweredAt { get; init; }
    /// <summary>Our current SDP (what a re-INVITE without an offer gets).</summary>
    public string LocalSdp { get; internal set; }

    /// <summary>The SDP state of the call (re-INVITEs are negotiated with it), or null when re-INVITEs get our SDP unchanged (B2BUA caller legs).</summary>
    internal Sdp.SdpSession? Sdp { get; init; }

    /// <summary>A re-INVITE changed the media (hold, unhold, a new address): what was agreed, for the call's RTP.</summary>
    internal Action<Sdp.SdpMediaAgreement>? MediaRenegotiated { get; set; }
    public IAsyncDisposable Media { get; }
    public bool Acknowledged { get; private set; }
    public bool Ended { get; private set; }
    /// <summary>Who ended the call and why, set before its media is released.</summary>
    public (Calls.HangupSide Side, string Reason)? Hangup { get; internal set; }
    private byte[] Ok { get; }

    /// <summary>Raised for each DTMF digit that arrives by SIP INFO in this call (RFC 4733 digits come with the media).</summary>
    public event Action<ActiveCall, char>? InfoDigit;

    /// <summary>Where an in-dialog INFO goes besides the digit event: the B2BUA passes it to the other leg.</summary>
    internal Action<SipRequest>? InfoRelay { get; set; }

    internal void OnInfo(SipRequest info, char? digit)
    {
        if (digit is { } d) InfoDigit?.Invoke(this, d);
        InfoRelay?.Invoke(info);
    }

    /// <summary>Raised once when the caller never acknowledged the answer.</summary>
    internal event Action<ActiveCall>? AckTimedOut;

    internal void StartRetransmitting(TimeProvider time)
    {
        lock (_gate)
        {
            _interval = _timers.T1;
            _giveUpAt = time.GetUtcNow() + _timers.Timeout;
            _retransmit = time.CreateTimer(_ => Retransmit(time), null, _interval, Timeout.InfiniteTimeSpan);
        }
    }

    private void Retransmit(TimeProvider time)
    {
        var timedOut = false;
        lock (_gate)
        {
            if (Acknowledged || Ended || _retransmit is null) return;
            if (time.GetUtcNow() >= _giveUpAt) timedOut = true;
            else
            {
                _sender.Send(Ok, Dialog.Peer);
                _interval = _interval * 2 < _timers.T2 ? _interval * 2 : _timers.T2;
                _retransmit.Change(_interval, Timeout.InfiniteTimeSpan);
            }
        }
        if (timedOut) AckTimedOut?.Invoke(this);
    }

    /// <summary>The caller's INVITE arrived again: our 2xx was lost, send it again.</summary>
    internal void ResendOk() => _sender.Send(Ok, Dialog.Peer);

    public void OnAck()
    {
        lock (_gate)
        {
            Acknowledged = true;
            _retransmit?.Dispose();
            _retransmit = null;
        }
    }

    /// <summary>Marks the call ended; true the first time only.</summary>
    internal bool End()
    {
        lock (_gate)
        {
            if (Ended) return false;
            Ended = true;
            _retransmit?.Dispose();
            _retransmit = null;
            return true;
        }
    }
}
