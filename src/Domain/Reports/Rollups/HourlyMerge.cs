using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>Adds freshly counted hourly rows to a table: a stored row of the same hour and key takes the counts, a new one is inserted (tracked, not saved).</summary>
internal static class HourlyMerge
{
    public static async Task IntoAsync<THour, TKey>(DbSet<THour> table, IEnumerable<THour> counted, Func<THour, TKey> keyOf, CancellationToken ct)
        where THour : class, IHourlyRow<THour>
        where TKey : notnull
    {
        var rows = counted.ToList();
        if (rows.Count == 0) return;
        // Only the hours this batch touched (a late row of last year must not pull in the year between).
        var hours = rows.Select(r => r.HourUtc).Distinct().ToList();
        var stored = await table.Where(h => hours.Contains(h.HourUtc)).ToDictionaryAsync(keyOf, ct);
        foreach (var row in rows)
        {
            if (stored.TryGetValue(keyOf(row), out var existing)) existing.Add(row);
            else table.Add(row);
        }
    }
}
