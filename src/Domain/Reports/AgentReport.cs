using CallCenter.Domain.Acd;
using CallCenter.Domain.Data;
using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// The agent report (座席工作量) and attendance (考勤). Calls, talk and no-answers are one GROUP BY (agent, event) over
/// <c>queue_events</c>; state times and login/logout come from <c>agent_status_changes</c> read in time order (<see cref="AgentStateChanges"/>),
/// starting <see cref="CarryInDays"/> days before the period to learn the state each agent was in at its start.
/// Honours <see cref="ReportFilter.Agent"/>, <see cref="ReportFilter.Group"/> and (for calls, talk and no-answers)
/// <see cref="ReportFilter.Queue"/>. Over whole-hour zone offsets the figures (not attendance) come from the hourly
/// tables (<see cref="AgentCallHour"/>, <see cref="AgentStateHour"/> and the agents' open states, <see cref="HourlyRows"/>).
/// </summary>
public sealed class AgentReport(ReportSource source)
{
    /// <summary>How far before the period the last state change of an agent is looked for.</summary>
    public const int CarryInDays = 7;

    public async Task<ReportResult<AgentReportRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var (rows, _) = await ComputeAsync(filter, attendance: false, ct);
        var totals = new AgentReportRow("", "合计 Total", rows.Sum(r => r.Calls), rows.Sum(r => r.TalkSeconds), rows.Sum(r => r.HoldSeconds),
            rows.Sum(r => r.WrapUpSeconds), rows.Sum(r => r.NoAnswer), rows.Sum(r => r.ReadySeconds), rows.Sum(r => r.NotReadySeconds),
            rows.Sum(r => r.BusySeconds), rows.Sum(r => r.LoggedInSeconds));
        return new ReportResult<AgentReportRow>(rows, totals);
    }

    /// <summary>First login, last logout and time logged in per agent and local day, in agent then day order.</summary>
    public async Task<IReadOnlyList<AgentAttendanceRow>> AttendanceAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var (_, attendance) = await ComputeAsync(filter, attendance: true, ct);
        return attendance;
    }

    private async Task<(List<AgentReportRow>, List<AgentAttendanceRow>)> ComputeAsync(ReportFilter filter, bool attendance, CancellationToken ct)
    {
        var period = source.PeriodOf(filter);
        var (start, end) = (period.StartUtc, period.EndUtc);
        var now = source.Time.GetUtcNow().UtcDateTime;
        var until = now < end ? now : end;
        await using var db = await source.OpenAsync(ct);
        var agents = await AgentsAsync(db, filter, ct);
        if (!attendance && await FromHoursAsync(db, period, until, agents, filter.Queue, ct) is { } fromHours) return (fromHours, []);

        var events = db.QueueEvents.AsNoTracking().Where(e => e.At >= start && e.At < end && e.Agent != null
            && (e.Event == QueueEventType.Connect || e.Event == QueueEventType.RingNoAnswer || e.Event == QueueEventType.CompleteAgent
                || e.Event == QueueEventType.CompleteCaller || e.Event == QueueEventType.Transfer));
        if (agents is not null) events = events.Where(e => agents.Keys.Contains(e.Agent!));
        if (filter.Queue is not null) events = events.Where(e => e.Queue == filter.Queue);
        var counts = (await events.GroupBy(e => e.Agent)
            .Select(g => new
            {
                Agent = g.Key!,
                Calls = g.Count(x => x.Event == QueueEventType.Connect),
                NoAnswer = g.Count(x => x.Event == QueueEventType.RingNoAnswer),
                Talk = g.Sum(x => x.TalkSeconds ?? 0),
            }).ToListAsync(ct)).ToDictionary(c => c.Agent);

        var carryIn = start.AddDays(-CarryInDays);
        var timelines = new Dictionary<string, AgentStateTimeline>(StringComparer.Ordinal);
        // Every agent's changes in time order (not grouped by agent): each timeline still sees its own in order.
        await foreach (var (agent, at, from, to) in AgentStateChanges.ReadAsync(db, carryIn, end, agents?.Keys, ct))
        {
            if (!timelines.TryGetValue(agent, out var timeline))
                timelines[agent] = timeline = new AgentStateTimeline(start, until, period, trackDays: attendance);
            timeline.Add(at, from, to);
        }
        foreach (var timeline in timelines.Values) timeline.Close(until);

        var names = agents ?? await db.Agents.AsNoTracking().ToDictionaryAsync(a => a.Number, a => a.Name, ct);
        var rows = new List<AgentReportRow>();
        var days = new List<AgentAttendanceRow>();
        foreach (var number in counts.Keys.Union(timelines.Keys).Order(StringComparer.Ordinal))
        {
            var name = names.GetValueOrDefault(number) ?? number;
            counts.TryGetValue(number, out var count);
            timelines.TryGetValue(number, out var t);
            rows.Add(new AgentReportRow(number, name, count?.Calls ?? 0, count?.Talk ?? 0, 0, t?[AgentStatus.WrapUp] ?? 0, count?.NoAnswer ?? 0,
                t?[AgentStatus.Ready] ?? 0, t?[AgentStatus.NotReady] ?? 0, (t?[AgentStatus.Ringing] ?? 0) + (t?[AgentStatus.OnCall] ?? 0), t?.LoggedIn ?? 0));
            if (t is null) continue;
            days.AddRange(t.Days.Select(d => new AgentAttendanceRow(number, name, d.Day, d.FirstLogin, d.LastLogout, d.LoggedIn)));
        }
        return (rows, days);
    }

    // The report from the hourly tables (null when they cannot serve the period): calls per agent summed in the database,
    // state seconds likewise, plus what the rows after the marks and the agents' open states add.
    private static async Task<List<AgentReportRow>?> FromHoursAsync(CallCenterDbContext db, ReportPeriod period, DateTime until,
        Dictionary<string, string>? agents, string? queue, CancellationToken ct)
    {
        var numbers = agents?.Keys.ToList();
        if (await HourlyRows.AgentCallsAsync(db, period, numbers, queue, ct) is not { } calls
            || await HourlyRows.AgentStatesAsync(db, period, until, numbers, ct) is not { } states) return null;
        var callRows = await calls.Stored.GroupBy(h => h.Agent)
            .Select(g => new AgentCallHour { Agent = g.Key, Calls = g.Sum(h => h.Calls), NoAnswer = g.Sum(h => h.NoAnswer), TalkSeconds = g.Sum(h => h.TalkSeconds) })
            .ToListAsync(ct);
        var stateRows = await states.Stored.GroupBy(h => h.Agent)
            .Select(g => new AgentStateHour
            {
                Agent = g.Key, ReadySeconds = g.Sum(h => h.ReadySeconds), NotReadySeconds = g.Sum(h => h.NotReadySeconds),
                RingingSeconds = g.Sum(h => h.RingingSeconds), OnCallSeconds = g.Sum(h => h.OnCallSeconds), WrapUpSeconds = g.Sum(h => h.WrapUpSeconds),
            }).ToListAsync(ct);
        var byAgentCalls = new Dictionary<string, AgentCallHour>(StringComparer.Ordinal);
        foreach (var row in callRows.Concat(calls.Tail))
        {
            if (!byAgentCalls.TryGetValue(row.Agent, out var sum)) byAgentCalls[row.Agent] = sum = new AgentCallHour { Agent = row.Agent };
            sum.Add(row);
        }
        var byAgentStates = new Dictionary<string, AgentStateHour>(StringComparer.Ordinal);
        foreach (var row in stateRows.Concat(states.Tail))
        {
            if (!byAgentStates.TryGetValue(row.Agent, out var sum)) byAgentStates[row.Agent] = sum = new AgentStateHour { Agent = row.Agent };
            sum.Add(row);
        }
        var names = agents ?? await db.Agents.AsNoTracking().ToDictionaryAsync(a => a.Number, a => a.Name, ct);
        return [.. byAgentCalls.Keys.Union(byAgentStates.Keys).Order(StringComparer.Ordinal).Select(number =>
        {
            var c = byAgentCalls.GetValueOrDefault(number) ?? new AgentCallHour();
            var s = byAgentStates.GetValueOrDefault(number) ?? new AgentStateHour();
            var loggedIn = s.ReadySeconds + s.NotReadySeconds + s.RingingSeconds + s.OnCallSeconds + s.WrapUpSeconds;
            return new AgentReportRow(number, names.GetValueOrDefault(number) ?? number, c.Calls, c.TalkSeconds, 0, s.WrapUpSeconds, c.NoAnswer,
                s.ReadySeconds, s.NotReadySeconds, s.RingingSeconds + s.OnCallSeconds, loggedIn);
        })];
    }

    /// <summary>The calls an agent answered ("" = every agent of the filter's agent/group… answered by anyone).</summary>
    public static CallDetailFilter DrillDown(ReportFilter filter, string agent, bool noAnswer = false) =>
        new(agent == "" ? filter : filter with { Agent = agent }) { QueueEvents = [noAnswer ? QueueEventType.RingNoAnswer : QueueEventType.Connect] };

    // The agents the filter narrows to (number → name), or null for every agent.
    private static async Task<Dictionary<string, string>?> AgentsAsync(Data.CallCenterDbContext db, ReportFilter filter, CancellationToken ct)
    {
        if (filter.Agent is null && filter.Group is null) return null;
        var agents = db.Agents.AsNoTracking();
        if (filter.Agent is not null) agents = agents.Where(a => a.Number == filter.Agent);
        if (filter.Group is not null) agents = agents.Where(a => a.Groups.Any(g => g.Name == filter.Group));
        var found = await agents.ToDictionaryAsync(a => a.Number, a => a.Name, ct);
        if (filter.Agent is not null && found.Count == 0 && filter.Group is null) found[filter.Agent] = filter.Agent; // an agent since deleted
        return found;
    }
}
