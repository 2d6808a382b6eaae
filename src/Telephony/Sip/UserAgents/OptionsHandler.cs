using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>Answers OPTIONS (RFC 3261 §11.2): 200 with what we allow and accept — phones and proxies use it as a keep-alive probe.</summary>
public sealed class OptionsHandler(Func<IEnumerable<string>> allowed) : ISipRequestHandler
{
    public string Method => SipMethods.Options;

    public void Handle(ServerTransaction transaction)
    {
        var response = SipResponseFactory.Create(transaction.Request, 200);
        response.Headers.Add(SipHeaderNames.Allow, string.Join(", ", allowed()));
        response.Headers.Add("Accept", "application/sdp");
        response.Headers.Add(SipHeaderNames.UserAgent, "CallCenter");
        transaction.Respond(response);
    }
}
