using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>A voice server for transfers: destinations in <see cref="Answering"/> answer with a fake call; others ring out (NoAnswer).</summary>
public sealed class FakeTelephony : ITelephony
{
    public HashSet<string> Answering { get; } = [];
    public List<OriginateRequest> Dialled { get; } = [];
    public List<FakeCallSession> Answered { get; } = [];

    public IReadOnlyCollection<ICallSession> Calls => [];

    public IReadOnlyList<Registration> Registrations => [];

    public Task<OriginateResult> OriginateAsync(OriginateRequest request, CancellationToken ct = default)
    {
        lock (Dialled) Dialled.Add(request);
        if (!Answering.Contains(request.Destination))
            return Task.FromResult(new OriginateResult(OriginateOutcome.NoAnswer, null, null, "no answer"));
        var leg = new FakeCallSession(request.CallerId, request.Destination);
        lock (Answered) Answered.Add(leg);
        return Task.FromResult(new OriginateResult(OriginateOutcome.Answered, leg, 200, "answered"));
    }
}
