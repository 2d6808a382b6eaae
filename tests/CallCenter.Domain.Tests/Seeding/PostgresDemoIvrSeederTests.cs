using CallCenter.Domain.Calendars;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Seeding;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Domain.Tickets;
using CallCenter.Engine.Tests.Infrastructure;

namespace CallCenter.Domain.Tests.Seeding;

/// <summary>
/// The demo data written to and read back from PostgreSQL: dates (calendar days, ticket days), times
/// (slots), enums stored as text and the custom-fields JSON column all round-trip there too.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoIvrSeederTests(PostgresServer server) : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.PostgresAsync(server);

    [Fact]
    public async Task Seeded_once_and_read_back_by_the_services_on_PostgreSQL()
    {
        Assert.True(await _db.Get<DemoIvrSeeder>().SeedAsync() > 0);
        Assert.Equal(0, await _db.Get<DemoIvrSeeder>().SeedAsync());

        var customer = await _db.Get<CustomerDirectory>().FindByPhoneAsync("+86" + DemoIvrData.VipCaller);
        Assert.Equal(("张伟", "福田区"), (customer!.Name, customer.CustomFields["district"]));
        Assert.NotNull(await _db.Get<CustomerDirectory>().VerifyPinAsync(DemoIvrData.Card2, DemoIvrData.Card2Pin));
        Assert.Equal(ScreeningVerdict.Blocked, (await _db.Get<CallerScreening>().CheckAsync(DemoIvrData.BlacklistedCaller)).Verdict);
        var hours = _db.Get<BusinessHoursService>();
        Assert.Equal(BusinessHoursStatus.Holiday, await hours.GetStatusAsync(DemoIvrSeeder.HotlineCalendar, DateTimeOffset.Parse("2026-10-01T10:00:00+08:00"), TimeZoneInfo.Utc));
        Assert.Equal(BusinessHoursStatus.Open, await hours.GetStatusAsync(DemoIvrSeeder.HotlineCalendar, DateTimeOffset.Parse("2026-10-10T10:00:00+08:00"), TimeZoneInfo.Utc));
        Assert.Equal(BusinessHoursStatus.Closed, await hours.GetStatusAsync(DemoIvrSeeder.HotlineCalendar, DateTimeOffset.Parse("2026-10-12T12:00:00+08:00"), TimeZoneInfo.Utc));
        Assert.Equal(TicketStatus.InProgress, (await _db.Get<TicketService>().FindByNumberAsync("202611010001"))!.Status);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
