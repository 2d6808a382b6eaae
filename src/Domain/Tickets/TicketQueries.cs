using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tickets;

/// <summary>Finds tickets for the tickets API and the desk: by free text, status and caller, newest first.</summary>
public sealed class TicketQueries(IDbContextFactory<CallCenterDbContext> factory)
{
    /// <summary>Most tickets one search returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>
    /// Tickets whose number, category, caller or description contains <paramref name="text"/> (case as stored; a number
    /// keyed as digits is found too), optionally with <paramref name="status"/> and from <paramref name="callerNumber"/>
    /// exactly; newest first, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<Ticket>> SearchAsync(string? text = null, TicketStatus? status = null, string? callerNumber = null, int limit = 50, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Tickets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            var number = TicketService.CanonicalNumber(term);
            query = query.Where(t => t.Number == number || t.Number.Contains(term) || t.Category.Contains(term)
                || (t.CallerNumber != null && t.CallerNumber.Contains(term)) || (t.Description != null && t.Description.Contains(term)));
        }
        if (status is { } s) query = query.Where(t => t.Status == s);
        if (!string.IsNullOrWhiteSpace(callerNumber))
        {
            var caller = callerNumber.Trim();
            query = query.Where(t => t.CallerNumber == caller);
        }
        return await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(Math.Clamp(limit, 1, MaxLimit)).ToListAsync(ct);
    }
}
