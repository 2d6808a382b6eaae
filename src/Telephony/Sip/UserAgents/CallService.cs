using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>Ends calls: stops their media, forgets them, and sends our BYE when we are the side hanging up.</summary>
public sealed class CallService(CallRegistry calls, SipStack stack, ILogger<CallService> logger)
{
    public async Task EndAsync(ActiveCall call, string reason, bool sendBye)
    {
        if (!call.End()) return;
        calls.Remove(call);
        if (sendBye) stack.Transactions.Send(call.Dialog.CreateRequest(SipMethods.Bye), call.Dialog.Peer);
        await call.Media.DisposeAsync().ConfigureAwait(false);
        logger.LogInformation("Call {CallId} ended: {Reason}", call.Dialog.CallId, reason);
    }

    internal void Track(ActiveCall call, TimeProvider time)
    {
        call.AckTimedOut += c => _ = EndAsync(c, "the caller never acknowledged the answer", sendBye: true);
        calls.Add(call);
        call.StartRetransmitting(time);
    }
}
