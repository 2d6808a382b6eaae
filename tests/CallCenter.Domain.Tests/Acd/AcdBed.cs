using CallCenter.Domain.Acd;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Domain.Tests.Acd;

/// <summary>An ACD on a fake clock with an observer that records every event, and shorthands for the tests.</summary>
internal sealed class AcdBed : IAcdObserver
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly List<AcdEvent> _events = [];

    public AcdBed(params QueueSettings[] queues)
    {
        Acd = new InMemoryAcd(Time, timeZone: TimeZoneInfo.Utc, randomSeed: 1234);
        Acd.Subscribe(this);
        foreach (var queue in queues) Acd.ConfigureQueue(queue);
    }

    public FakeTimeProvider Time { get; } = new(Start);
    public InMemoryAcd Acd { get; }

    public void OnEvent(AcdEvent acdEvent)
    {
        lock (_events) _events.Add(acdEvent);
    }

    public IReadOnlyList<AcdEvent> Events
    {
        get { lock (_events) return _events.ToList(); }
    }

    public IReadOnlyList<Offer> Offers => Events.OfType<OfferMade>().Select(e => e.Offer).ToList();

    /// <summary>Agents offered a call, in order (one per offer; ring-all offers list all).</summary>
    public IReadOnlyList<string> OfferedAgents => Offers.Select(o => string.Join("+", o.AgentIds)).ToList();

    public Offer LastOfferFor(string callId) => Offers.Last(o => o.CallId == callId);

    public IReadOnlyList<QueueLogEntry> QueueLog(QueueEventType type) => Events.OfType<QueueLogEntry>().Where(e => e.Type == type).ToList();

    public IReadOnlyList<AgentStatusChanged> StatusChanges(string agentId) =>
        Events.OfType<AgentStatusChanged>().Where(e => e.AgentId == agentId).ToList();

    public void ClearEvents()
    {
        lock (_events) _events.Clear();
    }

    /// <summary>Adds an agent with skills given as "name:level" and logs them in Ready (or NotReady).</summary>
    public void Agent(string id, bool ready = true, int maxCalls = 1, TimeSpan? wrapUp = null, string[]? groups = null, params string[] skills)
    {
        Acd.UpsertAgent(new AgentProfile(id, "10" + id)
        {
            Skills = skills.Select(s => s.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1])),
            MaxConcurrentCalls = maxCalls,
            WrapUpOverride = wrapUp,
            Groups = groups ?? [],
        });
        Assert.True(Acd.Login(id, ready).Succeeded);
    }

    public EnqueueResult Call(string callId, string queue = "q", int priority = 0, string? lastAgent = null, params RequiredSkill[] skills) =>
        Acd.Enqueue(new CallRequest(callId, queue) { Priority = priority, LastAgentId = lastAgent, RequiredSkills = skills });

    /// <summary>The call's current offer is answered by its (single) agent.</summary>
    public void Answer(string callId) => Assert.True(Acd.Accept(LastOfferFor(callId).OfferId).Succeeded);

    /// <summary>Answers, talks for <paramref name="talk"/>, and the agent hangs up.</summary>
    public void Handle(string callId, TimeSpan talk)
    {
        Answer(callId);
        Advance(talk);
        Assert.True(Acd.Complete(callId, CallSide.Agent).Succeeded);
    }

    public void Advance(TimeSpan by) => Time.Advance(by);

    public void Advance(double seconds) => Time.Advance(TimeSpan.FromSeconds(seconds));

    public AgentStatus Status(string agentId) => Acd.GetAgent(agentId)!.Status;

    public static QueueSettings Queue(QueueStrategy strategy = QueueStrategy.LongestIdle, string name = "q") =>
        new(name) { Strategy = strategy, WrapUp = TimeSpan.Zero };
}
