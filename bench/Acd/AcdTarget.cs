using CallCenter.Domain.Acd;

namespace CallCenter.Bench.Acd;

/// <summary>The ACD under test, on the system clock; an observer keeps the last offer, as the telephony owner would.</summary>
public sealed class AcdTarget : IDecisionTarget, IAcdObserver
{
    public const string Queue = "bench";

    private readonly InMemoryAcd _acd;
    private Offer? _pending;

    public AcdTarget(QueueStrategy strategy, int seed)
    {
        Strategy = strategy;
        _acd = new InMemoryAcd(TimeProvider.System, randomSeed: seed);
        _acd.Subscribe(this);
        _acd.ConfigureQueue(new QueueSettings(Queue)
        {
            Strategy = strategy,
            // Timers are created as in production but never fire during the run: the bench answers at once, and agents
            // leave wrap-up by going Ready (the operation measured).
            WrapUp = TimeSpan.FromHours(1),
            RingTimeout = TimeSpan.FromMinutes(5),
            TierWidening = TimeSpan.Zero,
        });
    }

    public QueueStrategy Strategy { get; }
    public string Name => $"acd/{Strategy}";

    public void OnEvent(AcdEvent acdEvent)
    {
        if (acdEvent is OfferMade made) _pending = made.Offer;
    }

    public void AddAgents(IReadOnlyList<AgentProfile> agents)
    {
        foreach (var agent in agents)
        {
            _acd.UpsertAgent(agent);
            Check(_acd.Login(agent.Id, ready: false));
        }
    }

    public bool Ready(string agentId)
    {
        Check(_acd.Ready(agentId));
        return _pending is not null;
    }

    public bool Enqueue(CallRequest call)
    {
        if (!_acd.Enqueue(call).IsQueued) throw new InvalidOperationException($"{call.CallId} was not queued");
        return _pending is not null;
    }

    public string AnswerAndEnd()
    {
        var offer = _pending ?? throw new InvalidOperationException("no offer pending");
        _pending = null;
        Check(_acd.Accept(offer.OfferId));
        Check(_acd.Complete(offer.CallId, CallSide.Caller));
        return offer.AgentIds[0];
    }

    private static void Check(AcdResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(result.Message);
    }
}
