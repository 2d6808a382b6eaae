using System.Collections.Concurrent;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>The calls in progress, found by dialog (Call-ID and our tag, which the caller puts in To).</summary>
public sealed class CallRegistry
{
    private readonly ConcurrentDictionary<(string CallId, string LocalTag), ActiveCall> _calls = new();

    public int Count => _calls.Count;

    public void Add(ActiveCall call) => _calls[(call.Dialog.CallId, call.Dialog.LocalTag)] = call;

    /// <summary>The call an in-dialog request belongs to, or null (then answer 481).</summary>
    public ActiveCall? Find(SipRequest request) =>
        request.CallId is { } callId && request.To?.Tag is { } tag && _calls.TryGetValue((callId, tag), out var call) ? call : null;

    public bool Remove(ActiveCall call) => _calls.TryRemove(new KeyValuePair<(string, string), ActiveCall>((call.Dialog.CallId, call.Dialog.LocalTag), call));

    public IReadOnlyCollection<ActiveCall> All => [.. _calls.Values];
}
