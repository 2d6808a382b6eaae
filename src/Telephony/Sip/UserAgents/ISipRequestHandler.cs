using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>Handles the requests of one method; responds through the transaction (now or later).</summary>
public interface ISipRequestHandler
{
    string Method { get; }
    void Handle(ServerTransaction transaction);
}
