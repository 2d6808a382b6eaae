using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.Dialogs;

/// <summary>
/// A dialog we created as UAC by receiving a 2xx to our INVITE (RFC 3261 §12.1.2): the route set is
/// the response's Record-Route in reverse order, the remote target its Contact, the remote tag its To
/// tag. Builds our in-dialog requests (§12.2.1.1), including the ACK for the 2xx (§13.2.2.4).
/// </summary>
public sealed class ClientDialog
{
    private long _localCSeq;

    public ClientDialog(SipRequest invite, SipResponse ok, SipPeer peer, string localSentBy)
    {
        CallId = invite.CallId!;
        LocalTag = invite.From!.Tag!;
        RemoteTag = ok.To?.Tag ?? "";
        LocalUri = invite.From.Uri.Raw;
        RemoteUri = invite.To!.Uri.Raw;
        RemoteTarget = ok.Contacts.FirstOrDefault()?.Address?.Uri.Raw ?? invite.RequestUri.Raw;
        var recordRoutes = ok.Headers.GetAll(SipHeaderNames.RecordRoute).ToList();
        recordRoutes.Reverse();
        RouteSet = recordRoutes;
        _localCSeq = invite.CSeq!.Number;
        InviteCSeq = invite.CSeq.Number;
        Peer = peer;
        LocalSentBy = localSentBy;
    }

    public string CallId { get; }
    public string LocalTag { get; }
    public string RemoteTag { get; }
    public string LocalUri { get; }
    public string RemoteUri { get; }
    public string RemoteTarget { get; }
    public IReadOnlyList<string> RouteSet { get; }
    /// <summary>The CSeq number of the INVITE that made the dialog (its ACK carries it).</summary>
    public long InviteCSeq { get; }
    /// <summary>Where requests in the dialog go: the callee's registered source (NAT-friendly; no DNS resolution of the target).</summary>
    public SipPeer Peer { get; }
    public string LocalSentBy { get; }

    /// <summary>A request of ours in this dialog (BYE, INFO, re-INVITE…), with a fresh branch and the next CSeq.</summary>
    public SipRequest CreateRequest(string method) => Build(method, Interlocked.Increment(ref _localCSeq));

    /// <summary>The ACK for the 2xx of the INVITE (new branch, the INVITE's CSeq number).</summary>
    public SipRequest CreateAck() => Build(SipMethods.Ack, InviteCSeq);

    private SipRequest Build(string method, long cseq)
    {
        var request = new SipRequest(method, SipUri.Parse(RemoteTarget)!);
        request.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/{Peer.Protocol.ToString().ToUpperInvariant()} {LocalSentBy};branch={SipTransactionLayer.NewBranch()};rport");
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        foreach (var route in RouteSet) request.Headers.Add(SipHeaderNames.Route, route);
        request.Headers.Add(SipHeaderNames.From, $"<{LocalUri}>;tag={LocalTag}");
        request.Headers.Add(SipHeaderNames.To, $"<{RemoteUri}>" + (RemoteTag.Length > 0 ? $";tag={RemoteTag}" : ""));
        request.Headers.Add(SipHeaderNames.CallId, CallId);
        request.Headers.Add(SipHeaderNames.CSeq, $"{cseq} {method}");
        return request;
    }
}
