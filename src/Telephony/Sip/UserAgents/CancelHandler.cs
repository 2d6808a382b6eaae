using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>CANCEL (RFC 3261 §9.2): 200 to the CANCEL, and 487 to the INVITE if it has no final answer yet; 481 when no INVITE matches; a call between extensions still ringing cancels its callee leg.</summary>
public sealed class CancelHandler(SipTransactionLayer transactions, BridgedCallRegistry? bridged = null) : ISipRequestHandler
{
    public string Method => SipMethods.Cancel;

    public void Handle(ServerTransaction transaction)
    {
        var invite = transactions.FindInvite(transaction.Request);
        if (invite is null)
        {
            transaction.Respond(SipResponseFactory.Create(transaction.Request, 481));
            return;
        }
        transaction.Respond(SipResponseFactory.Create(transaction.Request, 200));
        bridged?.FindRinging(invite)?.OnCallerCancel();
        if (invite.LastResponse is null or { IsProvisional: true }) invite.Respond(SipResponseFactory.Create(invite.Request, 487));
    }
}
