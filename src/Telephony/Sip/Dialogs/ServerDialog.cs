using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.Dialogs;

/// <summary>
/// A dialog we created as UAS by answering an INVITE (RFC 3261 §12.1.1): remembers what in-dialog
/// requests must carry, and builds our own requests in it (§12.2.1.1), e.g. the BYE when we hang up.
/// </summary>
public sealed class ServerDialog
{
    private long _localCSeq;

    public ServerDialog(SipRequest invite, string localTag, SipPeer peer, string localSentBy)
    {
        CallId = invite.CallId!;
        LocalTag = localTag;
        RemoteTag = invite.From?.Tag ?? "";
        LocalUri = invite.To!.Uri.Raw;
        RemoteUri = invite.From!.Uri.Raw;
        RemoteTarget = invite.Contacts.FirstOrDefault()?.Address?.Uri.Raw ?? RemoteUri;
        RouteSet = [.. invite.Headers.GetAll(SipHeaderNames.RecordRoute)];
        RemoteCSeq = invite.CSeq!.Number;
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
    public long RemoteCSeq { get; set; }
    public SipPeer Peer { get; }
    /// <summary>Our host:port for Via headers.</summary>
    public string LocalSentBy { get; }

    /// <summary>A request of ours in this dialog (BYE, re-INVITE, INFO…), with a fresh branch and the next CSeq.</summary>
    public SipRequest CreateRequest(string method)
    {
        var request = new SipRequest(method, SipUri.Parse(RemoteTarget)!);
        request.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/{Peer.Protocol.ToString().ToUpperInvariant()} {LocalSentBy};branch={SipTransactionLayer.NewBranch()};rport");
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        foreach (var route in RouteSet) request.Headers.Add(SipHeaderNames.Route, route);
        request.Headers.Add(SipHeaderNames.From, $"<{LocalUri}>;tag={LocalTag}");
        request.Headers.Add(SipHeaderNames.To, $"<{RemoteUri}>;tag={RemoteTag}");
        request.Headers.Add(SipHeaderNames.CallId, CallId);
        request.Headers.Add(SipHeaderNames.CSeq, $"{Interlocked.Increment(ref _localCSeq)} {method}");
        return request;
    }
}
