using CallCenter.Domain.Calendars;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Routing;
using CallCenter.Domain.Seeding;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.Seeding;

/// <summary>The IVR demo data on a fresh SQLite file: created once, usable by the services the flows call.</summary>
public sealed class DemoIvrSeederTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.SqliteAsync();

    [Fact]
    public async Task Seeding_twice_creates_the_demo_data_once()
    {
        Assert.True(await _db.Get<DemoIvrSeeder>().SeedAsync() > 0);
        Assert.Equal(0, await _db.Get<DemoIvrSeeder>().SeedAsync());
        await using var context = await _db.ContextAsync();
        Assert.Equal(3, await context.Customers.CountAsync());
        Assert.Equal(3, await context.Tickets.CountAsync());
        Assert.Equal(1, await context.BusinessCalendars.CountAsync());
    }

    [Fact]
    public async Task The_seeded_data_drives_the_services_the_flows_use()
    {
        await _db.Get<DemoIvrSeeder>().SeedAsync();
        Assert.Equal(ScreeningVerdict.Blocked, (await _db.Get<CallerScreening>().CheckAsync(DemoIvrData.BlacklistedCaller)).Verdict);
        Assert.Equal(ScreeningVerdict.Vip, (await _db.Get<CallerScreening>().CheckAsync(DemoIvrData.VipCaller)).Verdict);
        Assert.Equal(ScreeningVerdict.Vip, (await _db.Get<CallerScreening>().CheckAsync(DemoIvrData.WhitelistedCaller)).Verdict);
        Assert.NotNull(await _db.Get<CustomerDirectory>().VerifyPinAsync(DemoIvrData.Card1, DemoIvrData.Card1Pin));
        Assert.NotNull(await _db.Get<CustomerDirectory>().VerifyPinAsync(DemoIvrData.Card2, DemoIvrData.Card2Pin));
        Assert.Equal(TicketStatus.InProgress, (await _db.Get<TicketService>().FindByNumberAsync(DemoIvrData.InProgressTicket))!.Status);
        Assert.Equal(BusinessHoursStatus.Holiday, await _db.Get<BusinessHoursService>().GetStatusAsync(DemoIvrSeeder.HotlineCalendar, DateTimeOffset.Parse("2026-05-04T10:00:00+08:00"), TimeZoneInfo.Utc));
        Assert.Equal("hotline-12345", (await _db.Get<InboundRouteResolver>().ResolveAsync("12345", DemoIvrData.PlainCaller))!.WorkflowDefinitionId);
    }

    [Fact]
    public async Task A_ticket_created_on_a_seeded_day_continues_that_days_sequence()
    {
        await using var db = await DomainDatabase.SqliteAsync(now: new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero));
        await db.Get<DemoIvrSeeder>().SeedAsync();
        Assert.Equal("T20261101-0004", (await db.Get<TicketService>().CreateAsync(new NewTicket("complaint"), DomainDatabase.Shanghai)).Number);
    }

    [Fact]
    public async Task Nothing_is_seeded_when_demo_data_is_switched_off()
    {
        await using var db = await DomainDatabase.SqliteAsync(s => Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure<DemoDataOptions>(s, o => o.Seed = false));
        Assert.Equal(0, await db.Get<DemoIvrSeeder>().SeedAsync());
        await using var context = await db.ContextAsync();
        Assert.False(await context.Customers.AnyAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
