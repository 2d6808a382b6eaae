using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.Transactions;

/// <summary>
/// How messages find their transaction (RFC 3261 §17.1.3, §17.2.3): the top Via branch and sent-by,
/// and the method — with ACK matching its INVITE. CANCEL has a transaction of its own.
/// </summary>
public readonly record struct TransactionKey(string Branch, string SentBy, string Method)
{
    public static TransactionKey? ForServer(SipRequest request)
    {
        var via = request.Vias.Count > 0 ? request.Vias[0] : null;
        if (via is null || request.CSeq is not { } cseq) return null;
        var method = request.Method == SipMethods.Ack ? SipMethods.Invite : request.Method;
        if (via.HasRfc3261Branch) return new TransactionKey(via.Branch!, SentByOf(via), method);
        // RFC 2543 peers (no magic cookie): match on Call-ID, From tag, CSeq number and the top Via (RFC 3261 §17.2.3).
        return new TransactionKey($"2543|{request.CallId}|{request.From?.Tag}|{cseq.Number}|{request.RequestUri.Raw}", SentByOf(via), method);
    }

    public static TransactionKey? ForClient(SipResponse response)
    {
        var via = response.Vias.Count > 0 ? response.Vias[0] : null;
        if (via?.Branch is not { Length: > 0 } branch || response.CSeq is not { } cseq) return null;
        return new TransactionKey(branch, SentByOf(via), cseq.Method);
    }

    public static TransactionKey ForClient(SipRequest request)
    {
        var via = request.Vias[0];
        return new TransactionKey(via.Branch!, SentByOf(via), request.Method == SipMethods.Ack ? SipMethods.Invite : request.Method);
    }

    private static string SentByOf(SipVia via) => via.Port is { } port ? $"{via.Host.ToLowerInvariant()}:{port}" : via.Host.ToLowerInvariant();
}
