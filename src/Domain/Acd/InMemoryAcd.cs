using System.Globalization;
using CallCenter.Domain.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Domain.Acd;

/// <summary>
/// The single-node ACD: all state in memory behind one lock. Every decision (which agent for a call, which call for an
/// agent) is a few sorted-set lookups, O(log n), taken under the lock with no I/O; events are queued under the lock and
/// delivered after it is released (see <see cref="IAcdObserver"/>). Ring timeouts, wrap-up, maximum wait, tier widening
/// and last-agent holding run on <see cref="TimeProvider"/> timers. Named InMemoryAcd, not Acd, because a type may not
/// share its namespace's name without breaking lookups in CallCenter.Domain.*.
/// </summary>
public sealed partial class InMemoryAcd : IAcd, IDisposable
{
    private const string LoginReason = "login";

    /// <summary>The reason of the NotReady an agent is put in after missing <see cref="QueueSettings.MaxMissedOffers"/> offers.</summary>
    public const string NoAnswerReason = "no answer";

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger _logger;
    private readonly EventDispatcher _dispatcher;
    private readonly Random _random;
    private readonly Dictionary<string, AgentState> _agents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, QueueState> _queues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WaitingCall> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConnectedCall> _connected = new(StringComparer.Ordinal);
    private readonly Dictionary<long, OfferState> _offers = [];

    // Work left by a state change for the end of the operation: calls that became matchable, agents that became free.
    private readonly Queue<WaitingCall> _dirtyCalls = new();
    private readonly Queue<AgentState> _dirtyAgents = new();

    private long _eventSequence;
    private long _arrivalSequence;
    private long _offerSequence;

    /// <summary>Creates an empty ACD.</summary>
    /// <param name="timeProvider">Clock and timers.</param>
    /// <param name="logger">Logs observer failures; none by default.</param>
    /// <param name="timeZone">Where "today" is for the daily counters (default: the time provider's local zone).</param>
    /// <param name="randomSeed">Seed of the random strategy (default: unpredictable).</param>
    public InMemoryAcd(TimeProvider timeProvider, ILogger<InMemoryAcd>? logger = null, TimeZoneInfo? timeZone = null, int? randomSeed = null)
    {
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _zone = timeZone ?? timeProvider.LocalTimeZone;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _dispatcher = new EventDispatcher(_logger);
        _random = randomSeed is { } seed ? new Random(seed) : new Random();
    }

    /// <inheritdoc />
    public IDisposable Subscribe(IAcdObserver observer) => _dispatcher.Subscribe(observer);

    /// <inheritdoc />
    public void ConfigureQueue(QueueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        lock (_gate)
        {
            if (!_queues.TryGetValue(settings.Name, out var queue))
            {
                queue = new QueueState(settings);
                _queues[settings.Name] = queue;
            }
            // The strategy decides the keys agents are held under and the groups who is a member: every agent who was or
            // is a member is indexed again under the new settings (in all their queues).
            var affected = new HashSet<AgentState>(queue.Members);
            queue.Settings = settings;
            foreach (var agent in _agents.Values)
            {
                UpdateMembership(agent, queue, countStaffing: true);
                if (queue.Members.Contains(agent)) affected.Add(agent);
            }
            foreach (var agent in affected) MarkAgent(agent);
            Settle();
        }
        _dispatcher.Deliver();
    }

    /// <inheritdoc />
    public void UpsertAgent(AgentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        lock (_gate)
        {
            if (!_agents.TryGetValue(profile.Id, out var agent))
            {
                agent = new AgentState(profile, _agents.Count, Now);
                _agents[profile.Id] = agent;
            }
            RemoveFromBuckets(agent);
            if (agent.IsStaffed) CountStaffing(agent, -1);
            agent.Profile = profile;
            agent.Skills = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var (skill, level) in profile.Skills)
                agent.Skills[skill.Trim()] = Math.Clamp(level, AgentProfile.BestLevel, AgentProfile.WorstLevel);
            foreach (var queue in _queues.Values) UpdateMembership(agent, queue, countStaffing: false);
            if (agent.IsStaffed) CountStaffing(agent, +1);
            MarkAgent(agent);
            Settle();
        }
        _dispatcher.Deliver();
    }

    /// <summary>Stops every pending timer (ring timeouts, wrap-ups, maximum waits, widening, last-agent holds); state stays readable.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var offer in _offers.Values) offer.RingTimer?.Dispose();
            foreach (var agent in _agents.Values) StopWrapUp(agent);
            foreach (var call in _waiting.Values) call.DisposeTimers();
        }
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _zone).DateTime);

    private static bool ServesQueue(AgentProfile profile, QueueSettings settings)
    {
        if (settings.AgentGroups.Count == 0) return true;
        foreach (var group in settings.AgentGroups)
            foreach (var own in profile.Groups)
                if (string.Equals(group, own, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <param name="countStaffing">Whether to move a staffed agent's tier counts with them (false when the caller recounts them all).</param>
    private static void UpdateMembership(AgentState agent, QueueState queue, bool countStaffing)
    {
        var serves = ServesQueue(agent.Profile, queue.Settings);
        if (serves == queue.Members.Contains(agent)) return;
        if (serves)
        {
            queue.Members.Add(agent);
            agent.Queues.Add(queue);
            queue.StatusCounts[(int)agent.Status]++;
            if (countStaffing && agent.IsStaffed) CountStaffing(agent, queue, +1);
        }
        else
        {
            if (countStaffing && agent.IsStaffed) CountStaffing(agent, queue, -1);
            queue.Members.Remove(agent);
            agent.Queues.Remove(queue);
            queue.StatusCounts[(int)agent.Status]--;
        }
    }

    private AgentState? FindAgent(string agentId) => agentId is not null && _agents.TryGetValue(agentId, out var agent) ? agent : null;

    private static AcdResult UnknownAgent(string agentId) =>
        AcdResult.Fail(AcdErrorCode.UnknownAgent, $"Agent '{agentId}' is not known to the ACD (add the agent first).");

    private static AcdResult Invalid(AgentState agent, UserMessage message) =>
        AcdResult.Fail(AcdErrorCode.InvalidTransition, $"Agent '{agent.Id}' is {agent.Status}: {message}");

    private void SetStatus(AgentState agent, AgentStatus to, string? reason)
    {
        var from = agent.Status;
        if (from == to && agent.Reason == reason) return;
        foreach (var queue in agent.Queues)
        {
            queue.StatusCounts[(int)from]--;
            queue.StatusCounts[(int)to]++;
        }
        var wasStaffed = agent.IsStaffed;
        agent.Status = to;
        if (wasStaffed != agent.IsStaffed) CountStaffing(agent, agent.IsStaffed ? +1 : -1);
        agent.Reason = to == AgentStatus.NotReady ? reason : null;
        agent.Since = Now;
        _dispatcher.Enqueue(new AgentStatusChanged(++_eventSequence, agent.Since, agent.Id, from, to, agent.Reason));
    }

    private void Log(QueueEventType type, string? callId, string? queue, string? agentId, params string[] data) =>
        _dispatcher.Enqueue(new QueueLogEntry(++_eventSequence, Now, type, callId, queue, agentId, data));

    private void Publish(Func<long, DateTimeOffset, AcdEvent> create) => _dispatcher.Enqueue(create(++_eventSequence, Now));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => Text((long)Math.Round(span.TotalSeconds, MidpointRounding.AwayFromZero));

    /// <summary>Runs a timer callback under the lock, then delivers; a failure is logged, never thrown on the timer thread.</summary>
    private void OnTimer(Action action, string what)
    {
        try
        {
            lock (_gate)
            {
                action();
                Settle();
            }
            _dispatcher.Deliver();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "ACD timer {Timer} failed", what);
        }
    }
}
