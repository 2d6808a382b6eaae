using System.Globalization;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tickets;

/// <summary>
/// Creates tickets with the next number of the day. The number is the day's highest sequence + 1,
/// guarded by unique indexes on (day, sequence) and number: when two nodes or calls take the same
/// sequence at once, the loser retries with the next one, on every provider alike.
/// </summary>
public sealed class TicketService(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time)
{
    /// <summary>Attempts before giving up under contention; each failed attempt means another ticket got the number.</summary>
    public const int MaxAttempts = 200;

    /// <summary>"T" + yyyyMMdd + "-" + the sequence with at least 4 digits.</summary>
    public static string FormatNumber(DateOnly day, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"T{day:yyyyMMdd}-{sequence:D4}");

    public async Task<Ticket> CreateAsync(NewTicket request, TimeZoneInfo centerZone, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Category);
        var now = time.GetUtcNow();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, centerZone).DateTime);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var last = await db.Tickets.Where(t => t.Day == day).MaxAsync(t => (int?)t.DaySequence, ct) ?? 0;
            var ticket = new Ticket
            {
                Number = FormatNumber(day, last + 1),
                Day = day,
                DaySequence = last + 1,
                Category = request.Category.Trim(),
                CallerNumber = request.CallerNumber,
                Description = request.Description,
                RecordingPath = request.RecordingPath,
                WorkflowInstanceId = request.WorkflowInstanceId,
                Status = request.Status,
                CreatedAt = now.UtcDateTime,
            };
            db.Tickets.Add(ticket);
            try
            {
                await db.SaveChangesAsync(ct);
                return ticket;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another ticket took this sequence (unique index): read the new maximum and try again.
                // Any other failure (a value too long, a constraint) is not retried.
                if (!await SequenceTakenAsync(day, ticket.DaySequence, ct)) throw;
            }
        }
    }

    private async Task<bool> SequenceTakenAsync(DateOnly day, int sequence, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Tickets.AnyAsync(t => t.Day == day && t.DaySequence == sequence, ct);
    }

    /// <summary>By number as printed (<c>T20261101-0001</c>) or as keyed on a phone, digits only (<c>202611010001</c>).</summary>
    public async Task<Ticket?> FindByNumberAsync(string number, CancellationToken ct = default)
    {
        var key = CanonicalNumber(number);
        if (key.Length == 0) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Number == key, ct);
    }

    /// <summary>"202611010001" → "T20261101-0001"; a printed number is upper-cased and trimmed.</summary>
    public static string CanonicalNumber(string number)
    {
        var trimmed = number.Trim().TrimEnd('#');
        if (trimmed.Length >= 12 && trimmed.All(char.IsAsciiDigit)) return $"T{trimmed[..8]}-{trimmed[8..]}";
        return trimmed.ToUpperInvariant();
    }
}
