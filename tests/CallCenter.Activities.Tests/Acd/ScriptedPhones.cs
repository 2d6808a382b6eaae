using System.Collections.Concurrent;
using CallCenter.Activities.Tests.TestSupport;
using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Tests.Acd;

/// <summary>
/// A voice server whose called phones ring until the test decides: <see cref="RungAsync"/> waits for a destination to be
/// called, then <see cref="Answer"/> (a fake answered call) or <see cref="Refuse"/>; a cancelled call returns Cancelled.
/// </summary>
public sealed class ScriptedPhones : ITelephony
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<OriginateRequest>> _rung = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<OriginateResult>> _outcomes = new();

    public ConcurrentQueue<OriginateRequest> Dialled { get; } = new();

    public IReadOnlyCollection<ICallSession> Calls => [];

    public IReadOnlyList<Registration> Registrations => [];

    public async Task<OriginateResult> OriginateAsync(OriginateRequest request, CancellationToken ct = default)
    {
        Dialled.Enqueue(request);
        Rung(request.Destination).TrySetResult(request);
        try
        {
            return await Outcome(request.Destination).Task.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return OriginateResult.Fail(OriginateOutcome.Cancelled, null, "cancelled by the application");
        }
    }

    /// <summary>The request that rang <paramref name="destination"/>, once it did.</summary>
    public Task<OriginateRequest> RungAsync(string destination) => Rung(destination).Task.WaitAsync(Patience);

    /// <summary>The phone at <paramref name="destination"/> answers: the call placed to it.</summary>
    public FakeCallSession Answer(string destination)
    {
        var leg = new FakeCallSession("callcenter", destination);
        leg.AnswerAsync().GetAwaiter().GetResult();
        Outcome(destination).SetResult(new OriginateResult(OriginateOutcome.Answered, leg, 200, "answered"));
        return leg;
    }

    public void Refuse(string destination, OriginateOutcome outcome, int? status = null) =>
        Outcome(destination).SetResult(OriginateResult.Fail(outcome, status, outcome.ToString()));

    private TaskCompletionSource<OriginateRequest> Rung(string destination) =>
        _rung.GetOrAdd(destination, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource<OriginateResult> Outcome(string destination) =>
        _outcomes.GetOrAdd(destination, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
}
