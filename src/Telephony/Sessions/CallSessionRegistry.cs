using System.Collections.Concurrent;

namespace CallCenter.Telephony.Sessions;

/// <summary>The call sessions in progress, for <see cref="ITelephony.Calls"/>; a session leaves when its call ends.</summary>
public sealed class CallSessionRegistry
{
    private readonly ConcurrentDictionary<ICallSession, byte> _sessions = new();

    public int Count => _sessions.Count;

    public IReadOnlyCollection<ICallSession> All => [.. _sessions.Keys];

    internal void Add(ICallSession session)
    {
        _sessions[session] = 0;
        session.HungUp += (s, _) => _sessions.TryRemove(s, out byte _);
        if (session.State == CallSessionState.Ended) _sessions.TryRemove(session, out byte _);
    }
}
