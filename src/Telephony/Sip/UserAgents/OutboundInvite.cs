using System.Text;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// The UAC side of one INVITE (RFC 3261 §13.2): sent in an INVITE client transaction; provisional
/// responses reported; a 2xx makes a <see cref="ClientDialog"/> and is acknowledged by us with an ACK
/// of a new branch, re-sent for every retransmitted 2xx (§13.2.2.4); 3xx–6xx and the timeout end it
/// (the transaction acknowledges failures). <see cref="Cancel"/> sends CANCEL once a provisional
/// response has arrived (§9.1); a 2xx that crosses our CANCEL is acknowledged and hung up with BYE.
/// </summary>
public sealed class OutboundInvite
{
    private readonly SipTransactionLayer _transactions;
    private readonly ISipSender _sender;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource<OutboundInviteResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private InviteClientTransaction? _transaction;
    private byte[]? _ack;
    private bool _provisionalSeen;
    private bool _cancelRequested;
    private bool _cancelSent;

    public OutboundInvite(SipTransactionLayer transactions, ISipSender sender, SipRequest invite, SipPeer peer, string localSentBy, ILogger logger)
    {
        _transactions = transactions;
        _sender = sender;
        _logger = logger;
        Request = invite;
        Peer = peer;
        LocalSentBy = localSentBy;
    }

    public SipRequest Request { get; }
    public SipPeer Peer { get; }
    public string LocalSentBy { get; }

    /// <summary>Completes with the outcome; a 2xx gives the dialog.</summary>
    public Task<OutboundInviteResult> Completion => _done.Task;

    /// <summary>Each provisional response (100 excluded), in order.</summary>
    public event Action<SipResponse>? Provisional;

    /// <summary>A new INVITE out of any dialog: fresh branch and From tag, CSeq 1, an SDP offer.</summary>
    public static SipRequest Create(SipUri target, string from, string to, string localSentBy, SipProtocol protocol, string contact, string sdp, string? callId = null)
    {
        var invite = new SipRequest(SipMethods.Invite, target);
        invite.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/{protocol.ToString().ToUpperInvariant()} {localSentBy};branch={SipTransactionLayer.NewBranch()};rport");
        invite.Headers.Add(SipHeaderNames.MaxForwards, "70");
        invite.Headers.Add(SipHeaderNames.From, $"{from};tag={SipResponseFactory.NewTag()}");
        invite.Headers.Add(SipHeaderNames.To, to);
        invite.Headers.Add(SipHeaderNames.CallId, callId ?? Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)) + "@callcenter");
        invite.Headers.Add(SipHeaderNames.CSeq, "1 INVITE");
        invite.Headers.Add(SipHeaderNames.Contact, contact);
        invite.Headers.Add(SipHeaderNames.Allow, "INVITE, ACK, BYE, CANCEL, OPTIONS, INFO");
        invite.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        invite.Body = Encoding.UTF8.GetBytes(sdp);
        return invite;
    }

    /// <summary>Sends the INVITE.</summary>
    public void Start()
    {
        var transaction = (InviteClientTransaction)_transactions.Send(Request, Peer);
        _transaction = transaction;
        transaction.Provisional += OnProvisional;
        transaction.AdditionalSuccess += OnAdditionalSuccess;
        _ = transaction.Completion.ContinueWith(t => OnFinal(t.Result), TaskScheduler.Default);
    }

    /// <summary>Gives up on the INVITE: CANCEL now if a provisional came, else as soon as one comes.</summary>
    public void Cancel()
    {
        bool send;
        lock (_gate)
        {
            if (_cancelRequested || _done.Task.IsCompleted) return;
            _cancelRequested = true;
            send = _provisionalSeen && !_cancelSent;
            _cancelSent |= send;
        }
        if (send) SendCancel();
    }

    private void OnProvisional(SipResponse response)
    {
        bool cancel;
        lock (_gate)
        {
            _provisionalSeen = true;
            cancel = _cancelRequested && !_cancelSent;
            _cancelSent |= cancel;
        }
        if (cancel) SendCancel();
        if (response.StatusCode > 100 && !_cancelRequested) Provisional?.Invoke(response);
    }

    private void OnFinal(ClientTransactionResult result)
    {
        var response = result.Response;
        if (response is null || response.StatusCode >= 300)
        {
            _done.TrySetResult(new OutboundInviteResult(result.StatusCode, response, null));
            return;
        }
        var dialog = new ClientDialog(Request, response, Peer, LocalSentBy);
        _ack = SipMessageWriter.ToBytes(dialog.CreateAck());
        _sender.Send(_ack, Peer);
        bool cancelled;
        lock (_gate) cancelled = _cancelRequested;
        if (cancelled)
        {
            // The answer crossed our CANCEL: the dialog exists, so end it (RFC 3261 §15).
            _logger.LogInformation("INVITE {CallId} answered after we cancelled it: BYE", Request.CallId);
            _transactions.Send(dialog.CreateRequest(SipMethods.Bye), Peer);
            _done.TrySetResult(new OutboundInviteResult(487, response, null));
            return;
        }
        _done.TrySetResult(new OutboundInviteResult(response.StatusCode, response, dialog));
    }

    private void OnAdditionalSuccess(SipResponse response)
    {
        if (_ack is { } ack) _sender.Send(ack, Peer);
    }

    private void SendCancel()
    {
        var cancel = new SipRequest(SipMethods.Cancel, Request.RequestUri);
        cancel.Headers.Add(SipHeaderNames.Via, Request.Headers.Get(SipHeaderNames.Via)!);
        cancel.Headers.Add(SipHeaderNames.MaxForwards, "70");
        foreach (var route in Request.Headers.GetAll(SipHeaderNames.Route)) cancel.Headers.Add(SipHeaderNames.Route, route);
        cancel.Headers.Add(SipHeaderNames.From, Request.Headers.Get(SipHeaderNames.From)!);
        cancel.Headers.Add(SipHeaderNames.To, Request.Headers.Get(SipHeaderNames.To)!);
        cancel.Headers.Add(SipHeaderNames.CallId, Request.CallId!);
        cancel.Headers.Add(SipHeaderNames.CSeq, $"{Request.CSeq!.Number} {SipMethods.Cancel}");
        _transactions.Send(cancel, Peer);
    }
}
