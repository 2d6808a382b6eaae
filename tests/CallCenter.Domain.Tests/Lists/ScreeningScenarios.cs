using CallCenter.Domain.Customers;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Lists;

/// <summary>Blacklist and whitelist on each provider (the prefix lookup is one IN query over the number's prefixes): exact numbers, prefixes, expiry, and VIP customers.</summary>
public abstract class ScreeningScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync();
        var now = _db.Time.GetUtcNow().UtcDateTime;
        await using var context = await _db.ContextAsync();
        context.ListEntries.AddRange(
            new ListEntry { Kind = ListKind.Blacklist, Pattern = "13666666666", Reason = "harassment" },
            new ListEntry { Kind = ListKind.Blacklist, Pattern = "170*", Reason = "virtual operator range" },
            new ListEntry { Kind = ListKind.Blacklist, Pattern = "13111111111", ExpiresAt = now.AddHours(1) },
            new ListEntry { Kind = ListKind.Blacklist, Pattern = "13222222222", ExpiresAt = now.AddHours(-1) },
            new ListEntry { Kind = ListKind.Whitelist, Pattern = "13512345678", Reason = "deputy" },
            new ListEntry { Kind = ListKind.Whitelist, Pattern = "1700*" });
        context.Customers.Add(new Customer { Name = "vip", IsVip = true, Phones = [new() { Number = "13800138000" }] });
        context.Customers.Add(new Customer { Name = "plain", Phones = [new() { Number = "13900139000" }] });
        await context.SaveChangesAsync();
    }

    [Theory]
    [InlineData("13666666666", ScreeningVerdict.Blocked)]
    [InlineData("+86 136-6666-6666", ScreeningVerdict.Blocked)]
    [InlineData("17012345678", ScreeningVerdict.Blocked)]
    [InlineData("17001234567", ScreeningVerdict.Blocked)]
    [InlineData("13512345678", ScreeningVerdict.Vip)]
    [InlineData("13800138000", ScreeningVerdict.Vip)]
    [InlineData("13900139000", ScreeningVerdict.Normal)]
    [InlineData("", ScreeningVerdict.Normal)]
    public async Task Caller_gets_the_verdict_of_the_lists(string caller, ScreeningVerdict expected) =>
        Assert.Equal(expected, (await _db.Get<CallerScreening>().CheckAsync(caller)).Verdict);

    [Fact]
    public async Task A_blocked_caller_carries_the_reason_of_the_entry()
    {
        var result = await _db.Get<CallerScreening>().CheckAsync("17099990000");
        Assert.Equal(("170*", "virtual operator range"), (result.Entry!.Pattern, result.Reason));
    }

    [Fact]
    public async Task An_entry_applies_until_it_expires_and_an_expired_one_not_at_all()
    {
        var screening = _db.Get<CallerScreening>();
        Assert.Equal(ScreeningVerdict.Blocked, (await screening.CheckAsync("13111111111")).Verdict);
        Assert.Equal(ScreeningVerdict.Normal, (await screening.CheckAsync("13222222222")).Verdict);
        _db.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(ScreeningVerdict.Normal, (await screening.CheckAsync("13111111111")).Verdict);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
