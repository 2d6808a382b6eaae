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

    internal void AddCalleeLeg(ClientDialog dialog, ICalleeLeg call) => _calleeLegs[(dialog.CallId, dialog.LocalTag)] = call;
    internal void RemoveCalleeLeg(ClientDialog dialog) => _calleeLegs.TryRemove((dialog.CallId, dialog.LocalTag), out _);

    /// <summary>The call whose callee leg an in-dialog request from the callee belongs to, or null.</summary>
    internal ICalleeLeg? FindCalleeLeg(SipRequest request) =>
        request.CallId is { } callId && request.To?.Tag is { } tag && _calleeLegs.TryGetValue((callId, tag), out var call) ? call : null;
}
