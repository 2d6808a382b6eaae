using CallCenter.Activities.Calls;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>Answers every destination in <see cref="Answering"/> with a fake call; others ring out (null).</summary>
public sealed class FakeCallOriginator : ICallOriginator
{
    public HashSet<string> Answering { get; } = [];
    public List<string> Dialled { get; } = [];
    public List<FakeCallSession> Answered { get; } = [];

    public Task<ICallSession?> OriginateAsync(string destination, string callerId, TimeSpan ringTimeout, CancellationToken ct = default)
    {
        lock (Dialled) Dialled.Add(destination);
        if (!Answering.Contains(destination)) return Task.FromResult<ICallSession?>(null);
        var leg = new FakeCallSession(callerId, destination);
        lock (Answered) Answered.Add(leg);
        return Task.FromResult<ICallSession?>(leg);
    }
}
