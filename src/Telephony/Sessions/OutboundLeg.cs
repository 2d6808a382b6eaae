using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// A call we placed (<see cref="CallOriginator"/>) as a session's leg, from the 2xx on: the <see cref="ClientDialog"/>
/// is registered with the <see cref="BridgedCallRegistry"/> so the remote's BYE ends the session, its INFO digits reach
/// it and its re-INVITEs (hold) are negotiated on the same port. One call record when it ends, whoever ends it.
/// </summary>
internal sealed class OutboundLeg(CallSessionContext context, SdpNegotiator negotiator, ClientDialog dialog, PreparedAnswer media,
    DateTimeOffset startedAt, DateTimeOffset answeredAt) : ICallLeg, ICalleeLeg
{
    private readonly Lock _gate = new();
    private ICallLegOwner? _owner;
    private IAsyncDisposable? _media;
    private string _localSdp = media.Sdp;
    private (HangupSide Side, string Reason)? _hangup;
    private int _ended;

    public string Id => dialog.CallId;
    public CallDirection Direction => CallDirection.Outbound;
    public string Caller { get; } = SipUri.Parse(dialog.LocalUri)?.User ?? "";
    public string Called { get; } = SipUri.Parse(dialog.RemoteUri)?.User ?? "";
    public (HangupSide Side, string Reason)? Hangup => _hangup;

    public void Attach(ICallLegOwner owner) => _owner = owner;

    public PreparedAnswer? PrepareMedia() => media;

    public void Connect(IAsyncDisposable running)
    {
        _media = running;
        context.Legs.AddCalleeLeg(dialog, this);
    }

    // Never ringing: the session exists only once the remote answered.
    public void Refuse(int statusCode, string cause) { }

    public Task HangUpAsync(string cause) => EndAsync(HangupSide.Server, cause, sendBye: true);

    public Task OnCalleeByeAsync() => EndAsync(HangupSide.Callee, "the callee hung up", sendBye: false);

    public void OnCalleeInfo(SipRequest info, char? digit)
    {
        if (digit is { } d) _owner?.OnInfoDigit(d);
    }

    public bool OnCalleeReinvite(ServerTransaction reinvite)
    {
        var request = reinvite.Request;
        SipResponse Ok(string sdp) => InboundAnswerer.Ok(request, dialog.LocalTag, sdp, reinvite.Peer, dialog.LocalSentBy);
        SdpMediaAgreement? agreement;
        lock (_gate) agreement = ReinviteAnswerer.Answer(reinvite, negotiator, media.Session!, ref _localSdp, Ok);
        if (agreement is not null) _owner?.OnRenegotiated(agreement);
        return true;
    }

    public void SendInfoDigit(char digit)
    {
        if (Volatile.Read(ref _ended) == 0) context.Stack.Transactions.Send(DtmfInfoRequest.Fill(dialog.CreateRequest(SipMethods.Info), digit), dialog.Peer);
    }

    private async Task EndAsync(HangupSide side, string reason, bool sendBye)
    {
        if (Interlocked.Exchange(ref _ended, 1) == 1) return;
        _hangup = (side, reason);
        context.Legs.RemoveCalleeLeg(dialog);
        if (sendBye) context.Stack.Transactions.Send(dialog.CreateRequest(SipMethods.Bye), dialog.Peer);
        if (_media is { } running) await running.DisposeAsync().ConfigureAwait(false);
        await context.Service.WriteAsync(new CallRecord(dialog.CallId, dialog.LocalUri, dialog.RemoteUri, startedAt, answeredAt,
            context.Time.GetUtcNow(), side, reason, 200)).ConfigureAwait(false);
    }
}
