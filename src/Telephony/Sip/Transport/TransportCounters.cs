namespace CallCenter.Telephony.Sip.Transport;

/// <summary>What a transport has seen: read by the server's statistics, written without locks.</summary>
public sealed class TransportCounters
{
    private long _received;
    private long _sent;
    private long _dropped;
    private long _connectionsAccepted;
    private long _connectionsClosedForErrors;

    public long Received => Interlocked.Read(ref _received);
    public long Sent => Interlocked.Read(ref _sent);
    /// <summary>Input that could not be delivered: oversize, unframeable, or the handler threw.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);
    public long ConnectionsAccepted => Interlocked.Read(ref _connectionsAccepted);
    public long ConnectionsClosedForErrors => Interlocked.Read(ref _connectionsClosedForErrors);

    internal void OnReceived() => Interlocked.Increment(ref _received);
    internal void OnSent() => Interlocked.Increment(ref _sent);
    internal void OnDropped() => Interlocked.Increment(ref _dropped);
    internal void OnAccepted() => Interlocked.Increment(ref _connectionsAccepted);
    internal void OnClosedForError() => Interlocked.Increment(ref _connectionsClosedForErrors);
}
