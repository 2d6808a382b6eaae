using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tickets;

/// <summary>Changes tickets after creation (for now their status, from the tickets API).</summary>
public sealed class TicketUpdates(IDbContextFactory<CallCenterDbContext> factory)
{
    /// <summary>Sets the status of the ticket with this number (printed or digits); returns the ticket and its previous status, null when there is none.</summary>
    public async Task<(Ticket Ticket, TicketStatus Previous)?> SetStatusAsync(string number, TicketStatus status, CancellationToken ct = default)
    {
        var key = TicketService.CanonicalNumber(number);
        if (key.Length == 0) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Number == key, ct);
        if (ticket is null) return null;
        var previous = ticket.Status;
        ticket.Status = status;
        await db.SaveChangesAsync(ct);
        return (ticket, previous);
    }
}
