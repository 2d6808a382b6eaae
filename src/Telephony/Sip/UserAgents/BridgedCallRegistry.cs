using System.Collections.Concurrent;
using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>
/// The calls between extensions in progress (and inbound service calls while they ring): found by the
/// caller's INVITE transaction while ringing (for CANCEL), and by the dialogs we made as UAC (callee legs, originated calls: Call-ID and our tag) for the remote's BYE, INFO and re-INVITE.
/// The caller leg, once answered, is an <see cref="ActiveCall"/> in the <see cref="CallRegistry"/>.
/// </summary>
public sealed class BridgedCallRegistry
{
    private readonly ConcurrentDictionary<ServerTransaction, IRingingCall> _ringing = new();
    private readonly ConcurrentDictionary<(string CallId, string LocalTag), ICalleeLeg> _calleeLegs = new();

    public int RingingCount => _ringing.Count;
    public int CalleeLegCount => _calleeLegs.Count;

    internal void AddRinging(ServerTransaction invite, IRingingCall call) => _ringing[invite] = call;
    internal void RemoveRinging(ServerTransaction invite) => _ringing.TryRemove(invite, out _);

    /// <summary>The ringing call whose caller INVITE this is, or null.</summary>
    internal IRingingCall? FindRinging(ServerTransaction invite) => _ringing.TryGetValue(invite, out var call) ? call : null;

    internal void AddCalleeLeg(ClientDialog dialog, ICalleeLeg call)
    {
        var key = (dialog.CallId, dialog.LocalTag);
        var previous = _calleeLegs.GetValueOrDefault(key);
        _calleeLegs[key] = call;
        if (previous is PendingCalleeLeg pending && !ReferenceEquals(previous, call)) pending.Resolve(call);
    }

    /// <summary>
    /// Holds the place of the leg of an INVITE we are about to send (see <see cref="PendingCalleeLeg"/>), by its Call-ID and
    /// our From tag; the owner adds the real leg once answered, or gives up with <see cref="AbandonPendingLeg(SipRequest)"/>.
    /// </summary>
    internal void AddPendingLeg(SipRequest invite)
    {
        if (invite.CallId is { } callId && invite.From?.Tag is { } tag) _calleeLegs.TryAdd((callId, tag), new PendingCalleeLeg());
    }

    /// <summary>The INVITE will have no leg (not answered, or its answer was unusable): requests waiting for it are let go.</summary>
    internal void AbandonPendingLeg(SipRequest invite)
    {
        if (invite.CallId is not { } callId || invite.From?.Tag is not { } tag) return;
        if (_calleeLegs.TryGetValue((callId, tag), out var leg) && leg is PendingCalleeLeg pending
            && _calleeLegs.TryRemove(new KeyValuePair<(string, string), ICalleeLeg>((callId, tag), leg)))
            pending.Resolve(null);
    }
    internal void RemoveCalleeLeg(ClientDialog dialog) => _calleeLegs.TryRemove((dialog.CallId, dialog.LocalTag), out _);

    /// <summary>The call whose callee leg an in-dialog request from the callee belongs to, or null.</summary>
    internal ICalleeLeg? FindCalleeLeg(SipRequest request) =>
        request.CallId is { } callId && request.To?.Tag is { } tag && _calleeLegs.TryGetValue((callId, tag), out var call) ? call : null;
}
