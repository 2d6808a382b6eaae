using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>BYE from the caller (or from the callee of a call between extensions): 200 and the call ends; a BYE for no call we know gets 481.</summary>
public sealed class ByeHandler(CallRegistry calls, CallService service, BridgedCallRegistry? bridged = null) : ISipRequestHandler
{
    public string Method => SipMethods.Bye;

    public void Handle(ServerTransaction transaction)
    {
        var call = calls.Find(transaction.Request);
        if (call is null && bridged?.FindCalleeLeg(transaction.Request) is { } b2bua)
        {
            _ = CalleeHungUpAsync(transaction, b2bua);
            return;
        }
        if (call is null)
        {
            transaction.Respond(SipResponseFactory.Create(transaction.Request, 481));
            return;
        }
        _ = EndThenConfirmAsync(transaction, call);
    }

    // The callee of a call between extensions hung up: the caller gets our BYE.
    private static async Task CalleeHungUpAsync(ServerTransaction transaction, ICalleeLeg call)
    {
        try
        {
            await call.OnCalleeByeAsync().ConfigureAwait(false);
        }
        finally
        {
            transaction.Respond(SipResponseFactory.Create(transaction.Request, 200));
        }
    }

    // The call's media is released before the 200, so whoever sees the 200 sees the call gone.
    private async Task EndThenConfirmAsync(ServerTransaction transaction, ActiveCall call)
    {
        try
        {
            await service.EndAsync(call, "the caller hung up", sendBye: false).ConfigureAwait(false);
        }
        finally
        {
            transaction.Respond(SipResponseFactory.Create(transaction.Request, 200));
        }
    }
}
