using CallCenter.Domain.Acd;
using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Who hung up (拆线方式) over <c>call_records</c> started in the period: one GROUP BY (hang-up side, answered, the agent
/// ended it per the queue log). Honours <see cref="ReportFilter.Number"/> (then from the records alone; otherwise, over
/// whole-hour zone offsets, from the hourly table <see cref="HangupHour"/> and the records not folded yet).
/// </summary>
public sealed class HangupSideReport(ReportSource source)
{
    public async Task<ReportResult<HangupSideRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        var (start, end) = (period.StartUtc, period.EndUtc);
        await using var db = await source.OpenAsync(ct);
        if (filter.Number is null && await HourlyRows.CallOutcomesAsync(db, period, ct) is { } hourly)
        {
            var stored = await hourly.Hangups.Stored.GroupBy(h => new { h.Side, h.Answered })
                .Select(g => new HangupHour { Side = g.Key.Side, Answered = g.Key.Answered, Calls = g.Sum(h => h.Calls) }).ToListAsync(ct);
            return Report(stored.Concat(hourly.Hangups.Tail));
        }
        // The agent's COMPLETEAGENT comes after the call started, within hours: bounding the lookup by time lets the
        // database read the period's slice of the queue log (PostgreSQL hashes the subquery) instead of all of it.
        var endsBy = end.AddDays(1);
        var calls = db.CallRecords.AsNoTracking().Where(c => c.StartedAt >= start && c.StartedAt < end);
        if (filter.Number is not null) calls = calls.Where(UriUser.In(c => c.To, [filter.Number]));
        var groups = await calls
            .Select(c => new
            {
                c.HangupBy,
                Answered = c.AnsweredAt != null,
                ByAgent = c.HangupBy == "Server" && db.QueueEvents.Any(e => e.CallId == c.CallId && e.At >= start && e.At < endsBy && e.Event == QueueEventType.CompleteAgent),
            })
            .GroupBy(x => new { x.HangupBy, x.Answered, x.ByAgent })
            .Select(g => new { g.Key.HangupBy, g.Key.Answered, g.Key.ByAgent, Count = g.Count() })
            .ToListAsync(ct);
        return Report(groups.Select(g => new HangupHour { Side = SideOf(g.HangupBy, g.ByAgent), Answered = g.Answered, Calls = g.Count }));
    }

    // Rows per side and the totals from counts per (side, answered).
    private static ReportResult<HangupSideRow> Report(IEnumerable<HangupHour> counts)
    {
        var groups = counts.ToList();
        var all = groups.Sum(g => g.Calls);
        var rows = Enum.GetValues<HangupParty>().Select(side =>
        {
            var mine = groups.Where(g => g.Side == side).ToList();
            var answered = mine.Where(g => g.Answered).Sum(g => g.Calls);
            var unanswered = mine.Where(g => !g.Answered).Sum(g => g.Calls);
            return new HangupSideRow(side, LabelOf(side), answered, unanswered, all == 0 ? 0 : (double)(answered + unanswered) / all);
        }).ToList();
        var totals = new HangupSideRow(null, "合计 Total", rows.Sum(r => r.Answered), rows.Sum(r => r.Unanswered), all == 0 ? 0 : 1);
        return new ReportResult<HangupSideRow>(rows, totals);
    }

    /// <summary>The calls one side ended (answered or not when <paramref name="answered"/> is set).</summary>
    public static CallDetailFilter DrillDown(ReportFilter filter, HangupParty side, bool? answered = null) =>
        new(filter) { HangupParty = side, Answered = answered };

    /// <summary>The side a call record's <c>HangupBy</c> means; <paramref name="agentCompleted"/> when the queue log says the agent ended it.</summary>
    public static HangupParty SideOf(string hangupBy, bool agentCompleted) => hangupBy switch
    {
        "Caller" => HangupParty.Caller,
        "Callee" or "Agent" => HangupParty.Agent,
        _ => agentCompleted ? HangupParty.Agent : HangupParty.System,
    };

    public static string LabelOf(HangupParty side) => side switch
    {
        HangupParty.Caller => "主叫挂机 Caller",
        HangupParty.Agent => "座席挂机 Agent",
        _ => "系统拆线 System",
    };
}
