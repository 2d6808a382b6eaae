using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Customers;

/// <summary>
/// A caller's recent contact with the center, for screen pops: the newest calls from a number (with the trace that
/// says which queue and agent took each) and the newest tickets raised from a set of numbers.
/// </summary>
public sealed class CustomerHistory(IDbContextFactory<CallCenterDbContext> factory)
{
    /// <summary>
    /// The newest <paramref name="take"/> call records from <paramref name="callerNumber"/> (the user part of the From URI),
    /// each with its trace when the call ran a flow. Walks the start-time index newest first and stops at the last match:
    /// cheap for a caller who called lately; a caller column with its own index would make a rare caller cheap too.
    /// </summary>
    public async Task<IReadOnlyList<(CallDetailRecord Record, CallTrace? Trace)>> RecentCallsAsync(string callerNumber, int take, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(callerNumber) || take < 1) return [];
        var number = callerNumber.Trim();
        string sip = $"sip:{number}@", sips = $"sips:{number}@", tel = $"tel:{number}";
        await using var db = await factory.CreateDbContextAsync(ct);
        var records = await db.CallRecords.AsNoTracking()
            .Where(r => r.From.StartsWith(sip) || r.From.StartsWith(sips) || r.From == tel || r.From.StartsWith(tel + ";"))
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(take).ToListAsync(ct);
        if (records.Count == 0) return [];
        var ids = records.Select(r => r.CallId).Distinct().ToList();
        var traces = new Dictionary<string, CallTrace>(StringComparer.Ordinal);
        foreach (var trace in await db.CallTraces.AsNoTracking().Where(t => ids.Contains(t.CallId)).OrderBy(t => t.Id).ToListAsync(ct))
            traces[trace.CallId] = trace;
        return records.Select(r => (r, traces.GetValueOrDefault(r.CallId))).ToList();
    }

    /// <summary>The newest <paramref name="take"/> tickets whose caller number is one of <paramref name="numbers"/> (indexed).</summary>
    public async Task<IReadOnlyList<Ticket>> RecentTicketsAsync(IReadOnlyCollection<string> numbers, int take, CancellationToken ct = default)
    {
        var list = numbers.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0 || take < 1) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Tickets.AsNoTracking()
            .Where(t => t.CallerNumber != null && list.Contains(t.CallerNumber))
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Take(take).ToListAsync(ct);
    }
}
