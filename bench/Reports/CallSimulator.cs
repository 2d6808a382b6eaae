using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Calls;
using CallCenter.Domain.QueueEvents;

namespace CallCenter.Bench.Reports;

/// <summary>
/// Synthetic but consistent traffic for one center over a year: calls arrive 08:00–20:00 local (more at 10 and 15 h),
/// go through the IVR into one of two queues and are served by the agent free soonest — so waits, abandons (caller
/// patience), overflows (max wait), talk, wrap-up and every agent state change agree with each other; 10 % are
/// outbound calls from extensions. Yields one local day at a time (call records, traces, queue log, agent states).
/// </summary>
public sealed class CallSimulator(int callsPerYear, DateOnly firstDay, int days, TimeZoneInfo zone, int agents = 60, int seed = 42)
{
    public const int FirstExtension = 1001;
    public static readonly string[] Queues = ["hotline", "vip"];
    public static readonly string[] ServiceNumbers = ["4008001234", "4008005678"];
    private const int WrapUpSeconds = 10, MaxWaitSeconds = 300;

    private readonly Random _random = new(seed);
    // Survey answers draw from their own sequence, so that adding them left every other figure of a seed unchanged.
    private readonly Random _survey = new(seed + 1);

    public sealed record Day(List<CallDetailRecord> Calls, List<CallTrace> Traces, List<QueueEvent> Events, List<AgentStatusChange> States);

    public IEnumerable<Day> Days()
    {
        var perDay = (double)callsPerYear / days;
        long made = 0;
        for (var d = 0; d < days; d++)
        {
            var target = (long)Math.Round(perDay * (d + 1)) - made;
            made += target;
            yield return Simulate(firstDay.AddDays(d), (int)target, d);
        }
    }

    private DateTime Utc(DateOnly day, double localSeconds) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddSeconds(localSeconds), DateTimeKind.Unspecified), zone);

    private Day Simulate(DateOnly day, int count, int dayIndex)
    {
        var result = new Day(new(count), new(count), new(count * 3), new(count * 4));
        var free = new double[agents];          // local seconds of the day when each agent is next free
        var served = new int[agents];
        for (var a = 0; a < agents; a++)
        {
            free[a] = 8 * 3600 + _random.Next(0, 600);
            result.States.Add(State(a, day, free[a], AgentStatus.LoggedOut, AgentStatus.Ready));
        }
        var arrivals = Enumerable.Range(0, count).Select(_ => Arrival()).Order().ToArray();
        for (var i = 0; i < arrivals.Length; i++)
        {
            var id = $"d{dayIndex}-{i}";
            if (_random.NextDouble() < 0.10) { Outbound(result, day, id, arrivals[i]); continue; }
            Inbound(result, day, id, arrivals[i], free, served);
        }
        for (var a = 0; a < agents; a++)
            result.States.Add(State(a, day, Math.Max(free[a], 20 * 3600) + 60, AgentStatus.Ready, AgentStatus.LoggedOut));
        return result;
    }

    // Two busy peaks (10:00, 15:00) over a flat base, 08:00–20:00.
    private double Arrival()
    {
        var r = _random.NextDouble();
        double hour = r < 0.3 ? Normal(10, 1) : r < 0.6 ? Normal(15, 1.2) : 8 + _random.NextDouble() * 12;
        return Math.Clamp(hour, 8, 19.99) * 3600;
    }

    private double Normal(double mean, double sd) =>
        mean + sd * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private void Inbound(Day result, DateOnly day, string id, double start, double[] free, int[] served)
    {
        var q = _random.NextDouble() < 0.7 ? 0 : 1;
        var queue = Queues[q];
        var enter = start + 8 + _random.Next(0, 20); // greeting and menu
        var agent = 0;
        for (var a = 1; a < free.Length; a++) if (free[a] < free[agent]) agent = a;
        var ring = 2 + _random.Next(0, 6);
        var answer = Math.Max(enter, free[agent]) + ring;
        var patience = -Math.Log(1 - _random.NextDouble()) * 90;
        var caller = $"sip:13{_random.Next(100000000, 999999999)}@trunk";
        var callee = $"sip:{ServiceNumbers[q]}@pbx";
        Event(result, day, enter, id, queue, null, QueueEventType.EnterQueue);
        string outcome;
        double end;
        string? agentId = null;
        double? talk = null;
        if (answer - enter > Math.Min(patience, MaxWaitSeconds))
        {
            var left = enter + Math.Min(patience, MaxWaitSeconds);
            var abandoned = patience < MaxWaitSeconds;
            Event(result, day, left, id, queue, null, abandoned ? QueueEventType.Abandon : QueueEventType.ExitWithTimeout, wait: left - enter);
            outcome = abandoned ? "Abandoned" : "Overflow";
            end = abandoned ? left : left + 30; // the overflow goes to voicemail
            result.Calls.Add(Cdr(id, caller, callee, day, start, null, end, abandoned ? "Caller" : "Server"));
        }
        else
        {
            agentId = (8001 + agent).ToString(System.Globalization.CultureInfo.InvariantCulture);
            talk = 30 + -Math.Log(1 - _random.NextDouble()) * 150;
            end = answer + talk.Value;
            if (_random.NextDouble() < 0.05) Event(result, day, answer - ring - 1, id, queue, Agent((agent + 1) % free.Length), QueueEventType.RingNoAnswer);
            Event(result, day, answer, id, queue, agentId, QueueEventType.Connect, wait: answer - enter);
            var byAgent = _random.NextDouble() < 0.4;
            Event(result, day, end, id, queue, agentId, byAgent ? QueueEventType.CompleteAgent : QueueEventType.CompleteCaller, answer - enter, talk);
            result.States.Add(State(agent, day, answer - ring, AgentStatus.Ready, AgentStatus.Ringing));
            result.States.Add(State(agent, day, answer, AgentStatus.Ringing, AgentStatus.OnCall));
            result.States.Add(State(agent, day, end, AgentStatus.OnCall, AgentStatus.WrapUp));
            free[agent] = end + WrapUpSeconds;
            if (++served[agent] % 25 == 0)
            {
                result.States.Add(State(agent, day, free[agent], AgentStatus.WrapUp, AgentStatus.NotReady, "break"));
                free[agent] += 600;
                result.States.Add(State(agent, day, free[agent], AgentStatus.NotReady, AgentStatus.Ready));
            }
            else result.States.Add(State(agent, day, free[agent], AgentStatus.WrapUp, AgentStatus.Ready));
            outcome = "Connected";
            result.Calls.Add(Cdr(id, caller, callee, day, start, answer, end, byAgent ? "Server" : "Caller"));
        }
        var at = new DateTimeOffset(Utc(day, start), TimeSpan.Zero);
        var queued = new DateTimeOffset(Utc(day, enter), TimeSpan.Zero);
        result.Traces.Add(new CallTrace
        {
            CallId = id, InstanceId = id, FlowName = "hotline-1", FlowVersion = 1, RecordedAt = Utc(day, end),
            Details = new CallTraceDetails
            {
                Path =
                [
                    new("start", "Answer", "Done", at), new("menu", "Menu", (q + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), at.AddSeconds(2)),
                    new("queue", "Enqueue", outcome == "Abandoned" ? "Cancelled" : outcome, queued),
                ],
                Queues = [new("queue", queue, queued, agentId is null ? null : queued, agentId is null ? null : new DateTimeOffset(Utc(day, answer), TimeSpan.Zero),
                    new DateTimeOffset(Utc(day, end), TimeSpan.Zero), outcome, agentId, null, (agentId is null ? end : answer) - enter, talk, null, null)],
                Attributes = Survey(agentId is not null),
            },
        });
    }

    // Four answered calls in ten take the satisfaction survey (1–5); one in twenty of those leaves it unanswered.
    private Dictionary<string, string> Survey(bool answered)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!answered || _survey.NextDouble() >= 0.4) return attributes;
        attributes["survey_score"] = _survey.NextDouble() < 0.05 ? "" : (1 + _survey.Next(0, 5)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return attributes;
    }

    private void Outbound(Day result, DateOnly day, string id, double start)
    {
        var extension = FirstExtension + _random.Next(0, agents);
        var answered = _random.NextDouble() < 0.7;
        var answer = start + 5 + _random.Next(0, 15);
        var end = answered ? answer + 30 + _random.Next(0, 300) : answer;
        result.Calls.Add(Cdr(id, $"sip:{extension}@pbx", $"sip:139{_random.Next(10000000, 99999999)}@trunk", day, start, answered ? answer : null, end,
            _random.NextDouble() < 0.5 ? "Caller" : "Callee"));
    }

    private static string Agent(int index) => (8001 + index).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private CallDetailRecord Cdr(string id, string from, string to, DateOnly day, double start, double? answer, double end, string hangup) => new()
    {
        CallId = id, From = from, To = to, StartedAt = Utc(day, start), AnsweredAt = answer is { } a ? Utc(day, a) : null, EndedAt = Utc(day, end),
        HangupBy = hangup, Cause = answer is null ? "NoAnswer" : "Normal", StatusCode = answer is null ? 487 : 200,
    };

    private void Event(Day result, DateOnly day, double at, string call, string queue, string? agent, QueueEventType type, double? wait = null, double? talk = null) =>
        result.Events.Add(new QueueEvent { At = Utc(day, at), CallId = call, Queue = queue, Agent = agent, Event = type, WaitSeconds = wait is { } w ? Math.Round(w, 3) : null, TalkSeconds = talk is { } t ? Math.Round(t, 3) : null });

    private AgentStatusChange State(int agent, DateOnly day, double at, AgentStatus from, AgentStatus to, string? reason = null) =>
        new() { AgentNumber = Agent(agent), At = Utc(day, at), From = from, To = to, Reason = reason };
}
