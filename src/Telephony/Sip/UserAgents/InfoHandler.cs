using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// INFO (RFC 6086): in a call 200, outside any 481. DTMF bodies (<see cref="DtmfInfo"/>) raise the call's
/// <see cref="ActiveCall.InfoDigit"/>; in a call between extensions the INFO is passed on, body unchanged,
/// as an INFO in the other leg's dialog (not converted to RFC 4733: the other phone asked for nothing else).
/// </summary>
public sealed class InfoHandler(CallRegistry calls, BridgedCallRegistry bridged, ILogger<InfoHandler> logger) : ISipRequestHandler
{
    public string Method => SipMethods.Info;

    public void Handle(ServerTransaction transaction)
    {
        var request = transaction.Request;
        var digit = DtmfInfo.Parse(request.ContentType, request.Body.Span, out _);
        if (calls.Find(request) is { } call)
        {
            call.Dialog.RemoteCSeq = request.CSeq!.Number;
            transaction.Respond(SipResponseFactory.Create(request, 200));
            if (digit is not null) logger.LogInformation("Call {CallId}: DTMF {Digit} by SIP INFO", call.Dialog.CallId, digit);
            call.OnInfo(request, digit);
            return;
        }
        if (bridged.FindCalleeLeg(request) is { } b2bua)
        {
            transaction.Respond(SipResponseFactory.Create(request, 200));
            b2bua.OnCalleeInfo(request, digit);
            return;
        }
        transaction.Respond(SipResponseFactory.Create(request, 481));
    }
}
