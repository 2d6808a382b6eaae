using CallCenter.Activities.Calls;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>Answers every destination in <see cref="Answering"/> with a fake call; others ring out (null).</summary>
public sealed class FakeCallOriginator : ICallOriginator
{
    public HashSet<string> Answering { get; } = [];
    public List<string> Dialled { get; } = [];

    public Task<ICallSession?> OriginateAsync(string destination, string callerId, TimeSpan ringTimeout, CancellationToken ct = default)
    {
        lock (Dialled) Dialled.Add(destination);
        return Task.FromResult<ICallSession?>(Answering.Contains(destination) ? new FakeCallSession(callerId, destination) : null);
    }
}
