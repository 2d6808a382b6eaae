using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.UserAgents;

namespace CallCenter.Telephony.Sessions;

/// <summary>
/// An inbound INVITE as a session's leg: rings (180, with the tag our 200 will carry) and listens for the caller's
/// CANCEL; answers through the <see cref="InboundAnswerer"/> (offer check, RTP lease, 200, tracking as an
/// <see cref="ActiveCall"/> — so BYE, INFO, re-INVITE and the missing ACK work as for the test services).
/// </summary>
internal sealed class InboundLeg(CallSessionContext context, InboundAnswerer answerer, ServerTransaction invite, DateTimeOffset startedAt)
    : ICallLeg, IRingingCall
{
    private readonly string _tag = SipResponseFactory.NewTag();
    private ICallLegOwner? _owner;
    private PreparedAnswer? _prepared;
    private ActiveCall? _call;

    public string Id { get; } = invite.Request.CallId ?? "";
    public CallDirection Direction => CallDirection.Inbound;
    public string Caller { get; } = invite.Request.From?.Uri.User ?? "";
    public string Called { get; } = invite.Request.RequestUri.User ?? "";
    public (HangupSide Side, string Reason)? Hangup => _call?.Hangup;

    public void Attach(ICallLegOwner owner) => _owner = owner;

    /// <summary>Tells the caller we are ringing and listens for their CANCEL.</summary>
    public void Ring()
    {
        context.Legs.AddRinging(invite, this);
        invite.Respond(SipResponseFactory.Create(invite.Request, 180, toTag: _tag));
    }

    public PreparedAnswer? PrepareMedia()
    {
        _prepared = answerer.Prepare(invite, startedAt);
        if (_prepared is null)
        {
            context.Legs.RemoveRinging(invite);
            _owner?.OnEndedUnanswered(new HangupInfo(HangupSide.Server, "the offer could not be answered", invite.LastResponse?.StatusCode));
        }
        return _prepared;
    }

    public void Connect(IAsyncDisposable media)
    {
        var call = answerer.Accept(invite, _prepared ?? throw new InvalidOperationException("PrepareMedia first."), _tag, media, startedAt);
        call.InfoDigit += (_, digit) => _owner?.OnInfoDigit(digit);
        call.MediaRenegotiated = agreement => _owner?.OnRenegotiated(agreement);
        _call = call;
        context.Legs.RemoveRinging(invite);
    }

    public void Refuse(int statusCode, string cause)
    {
        answerer.Refuse(invite, statusCode, null, cause, startedAt);
        context.Legs.RemoveRinging(invite);
    }

    public Task HangUpAsync(string cause) =>
        _call is { } call ? context.Service.EndAsync(call, cause, sendBye: true) : Task.CompletedTask;

    public void SendInfoDigit(char digit)
    {
        if (_call is not { Ended: false } call) return;
        context.Stack.Transactions.Send(DtmfInfoRequest.Fill(call.Dialog.CreateRequest(SipMethods.Info), digit), call.Dialog.Peer);
    }

    /// <summary>The caller cancelled while we rang (the CANCEL handler already answered 487).</summary>
    public void OnCallerCancel()
    {
        context.Legs.RemoveRinging(invite);
        context.Service.Refused(invite.Request, startedAt, 487, "the caller cancelled", HangupSide.Caller);
        _owner?.OnEndedUnanswered(new HangupInfo(HangupSide.Caller, "the caller cancelled", 487));
    }
}
