namespace CallCenter.Domain.Acd;

/// <summary>
/// Receives the ACD's events in order. Called outside the ACD's lock, on the thread of the operation (or timer) that
/// caused them or of one that is already delivering; it may call back into the ACD (e.g. accept an offer), whose events
/// then follow in order. Keep it quick: hand off I/O (database, SignalR) to a queue.
/// </summary>
public interface IAcdObserver
{
    /// <summary>One event; an exception thrown here is logged and does not stop delivery to other observers.</summary>
    void OnEvent(AcdEvent acdEvent);
}
