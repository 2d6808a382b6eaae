using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Extension traffic from <c>call_records</c> started in the period: per configured extension the calls it placed
/// (its number is the caller's URI user) and received (the callee's), answered and talk. Two GROUP BYs in the database
/// (by caller URI, by callee URI, restricted to extension numbers) — or, over whole-hour zone offsets, the hourly table
/// <see cref="ExtensionHour"/> and the records not folded yet. Honours <see cref="ReportFilter.Number"/> (one extension).
/// </summary>
public sealed class ExtensionTrafficReport(ReportSource source)
{
    public async Task<ReportResult<ExtensionTrafficRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        var (start, end) = (period.StartUtc, period.EndUtc);
        await using var db = await source.OpenAsync(ct);
        var extensions = db.Extensions.AsNoTracking();
        if (filter.Number is not null) extensions = extensions.Where(e => e.Number == filter.Number);
        var known = await extensions.OrderBy(e => e.Number).Select(e => new { e.Number, e.DisplayName }).ToListAsync(ct);
        var rows = new List<ExtensionTrafficRow>();
        if (known.Count > 0)
        {
            var numbers = known.Select(k => k.Number).ToList();
            if (await HourlyRows.CallOutcomesAsync(db, period, ct) is { } hourly)
            {
                var stored = await hourly.Extensions.Stored.Where(h => numbers.Contains(h.Extension)).GroupBy(h => new { h.Extension, h.Placed })
                    .Select(g => new ExtensionHour { Extension = g.Key.Extension, Placed = g.Key.Placed, Calls = g.Sum(h => h.Calls), Answered = g.Sum(h => h.Answered), TalkSeconds = g.Sum(h => h.TalkSeconds) })
                    .ToListAsync(ct);
                var all = stored.Concat(hourly.Extensions.Tail).ToList();
                (int, int, double) Sum(string number, bool placed)
                {
                    var mine = all.Where(h => h.Extension == number && h.Placed == placed).ToList();
                    return (mine.Sum(h => h.Calls), mine.Sum(h => h.Answered), Math.Round(mine.Sum(h => h.TalkSeconds), 3));
                }
                foreach (var k in known)
                {
                    var (p, pa, pt) = Sum(k.Number, placed: true);
                    var (r, ra, rt) = Sum(k.Number, placed: false);
                    rows.Add(new ExtensionTrafficRow(k.Number, k.DisplayName, p, pa, pt, r, ra, rt));
                }
                return Result(rows);
            }
            var calls = db.CallRecords.AsNoTracking().Where(c => c.StartedAt >= start && c.StartedAt < end);
            var sqlite = db.Database.IsSqlite();
            var placed = await GroupAsync(calls.Where(UriUser.In(c => c.From, numbers)).Select(CdrFacts.Projection(sqlite, 0, keyByCaller: true)), ct);
            var received = await GroupAsync(calls.Where(UriUser.In(c => c.To, numbers)).Select(CdrFacts.Projection(sqlite, 0, keyByCaller: false)), ct);
            foreach (var k in known)
            {
                var p = placed.GetValueOrDefault(k.Number);
                var r = received.GetValueOrDefault(k.Number);
                rows.Add(new ExtensionTrafficRow(k.Number, k.DisplayName, p.Count, p.Answered, p.Talk, r.Count, r.Answered, r.Talk));
            }
        }
        return Result(rows);
    }

    private static ReportResult<ExtensionTrafficRow> Result(List<ExtensionTrafficRow> rows) => new(rows, new ExtensionTrafficRow("", "合计 Total",
        rows.Sum(r => r.Outgoing), rows.Sum(r => r.OutgoingAnswered), rows.Sum(r => r.OutgoingTalkSeconds),
        rows.Sum(r => r.Incoming), rows.Sum(r => r.IncomingAnswered), rows.Sum(r => r.IncomingTalkSeconds)));

    private static async Task<Dictionary<string, (int Count, int Answered, double Talk)>> GroupAsync(IQueryable<CdrFacts> facts, CancellationToken ct)
    {
        var groups = await facts.GroupBy(x => x.Key)
            .Select(g => new { g.Key, Count = g.Count(), Answered = g.Count(x => x.Answered), Talk = g.Sum(x => x.Talk) })
            .ToListAsync(ct);
        // Several URIs (hosts) can carry one extension: merged on the user part.
        return groups.GroupBy(g => UriUser.Of(g.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Sum(x => x.Count), g.Sum(x => x.Answered), Math.Round(g.Sum(x => x.Talk), 3)), StringComparer.Ordinal);
    }
}
