using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// Ends calls: stops their media, forgets them, sends our BYE when we are the side hanging up, and
/// writes the call record; refused INVITEs get a record too.
/// </summary>
public sealed class CallService(CallRegistry calls, SipStack stack, ICallRecordSink records, TimeProvider time, ILogger<CallService> logger)
{
    public Task EndAsync(ActiveCall call, string reason, bool sendBye) =>
        EndAsync(call, reason, sendBye, sendBye ? HangupSide.Server : HangupSide.Caller);

    /// <summary>Ends the call, naming who hung up (the callee, for a call between extensions).</summary>
    public async Task EndAsync(ActiveCall call, string reason, bool sendBye, HangupSide side)
    {
        if (!call.End()) return;
        call.Hangup = (side, reason);
        calls.Remove(call);
        if (sendBye) stack.Transactions.Send(call.Dialog.CreateRequest(SipMethods.Bye), call.Dialog.Peer);
        await call.Media.DisposeAsync().ConfigureAwait(false);
        logger.LogInformation("Call {CallId} ended: {Reason}", call.Dialog.CallId, reason);
        await WriteAsync(new CallRecord(call.Dialog.CallId, call.Dialog.RemoteUri, call.Dialog.LocalUri, call.StartedAt, call.AnsweredAt,
            time.GetUtcNow(), side, reason, 200)).ConfigureAwait(false);
    }

    /// <summary>Records an INVITE we refused (404, 488, 503…): never answered, ended by us.</summary>
    public void Refused(SipRequest invite, DateTimeOffset startedAt, int statusCode, string cause) =>
        Refused(invite, startedAt, statusCode, cause, HangupSide.Server);

    /// <summary>Records a call that never got answered, naming who ended it (the caller's CANCEL, the callee's refusal).</summary>
    public void Refused(SipRequest invite, DateTimeOffset startedAt, int statusCode, string cause, HangupSide side) =>
        _ = WriteAsync(new CallRecord(invite.CallId ?? "", invite.From?.Uri.Raw ?? "", invite.To?.Uri.Raw ?? "", startedAt, null,
            time.GetUtcNow(), side, cause, statusCode));

    /// <summary>Writes a call record (an originated call's); a sink failure is logged, never thrown.</summary>
    internal async Task WriteAsync(CallRecord record)
    {
        try
        {
            await records.WriteAsync(record).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Call record of {CallId} could not be written", record.CallId);
        }
    }

    /// <summary>Drops a call whose 200 never went out (its INVITE got another final answer first): no BYE, no record; false when already ended.</summary>
    internal bool Forget(ActiveCall call)
    {
        if (!call.End()) return false;
        calls.Remove(call);
        return true;
    }

    internal void Track(ActiveCall call, TimeProvider time)
    {
        call.AckTimedOut += c => _ = EndAsync(c, "the caller never acknowledged the answer", sendBye: true);
        calls.Add(call);
        call.StartRetransmitting(time);
    }
}
