using CallCenter.Domain.Calendars;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Data;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Routing;
using CallCenter.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Seeding;

/// <summary>
/// Demo data for the shipped IVR flows, created on first start: customers (one VIP; two members with
/// PINs), a blacklisted and a whitelisted number, the "12345" calendar with the 2026 public holidays and
/// swapped working days, tickets with fixed numbers, and the inbound routes. Each part is created only
/// when its table (or the calendar/route) is absent, so running it again changes nothing.
/// </summary>
public sealed class DemoIvrSeeder(IDbContextFactory<CallCenterDbContext> factory, IOptions<DemoDataOptions> options, TimeProvider time)
{
    /// <summary>The demo calendar's name, used by the hotline flow's BusinessHours activity.</summary>
    public const string HotlineCalendar = "12345";

    /// <summary>Returns the number of rows created (0 when everything already existed or seeding is off).</summary>
    public async Task<int> SeedAsync(CancellationToken ct = default)
    {
        if (!options.Value.Seed) return 0;
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Customers.AnyAsync(ct)) db.Customers.AddRange(DemoIvrData.Customers(now));
        if (!await db.ListEntries.AnyAsync(ct)) db.ListEntries.AddRange(DemoIvrData.ListEntries(now));
        if (!await db.BusinessCalendars.AnyAsync(c => c.Name == HotlineCalendar, ct)) db.BusinessCalendars.Add(DemoIvrData.HotlineCalendar(HotlineCalendar));
        if (!await db.Tickets.AnyAsync(ct)) db.Tickets.AddRange(DemoIvrData.Tickets());
        if (!await db.InboundRoutes.AnyAsync(ct)) db.InboundRoutes.AddRange(DemoIvrData.Routes());
        return await db.SaveChangesAsync(ct);
    }
}
