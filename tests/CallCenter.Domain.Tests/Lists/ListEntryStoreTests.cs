using CallCenter.Domain.Lists;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Lists;

/// <summary>Entries added from the lists page: normalised patterns that screening applies, expiry, duplicates and bad patterns refused.</summary>
public sealed class ListEntryStoreTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.SqliteAsync();

    [Fact]
    public async Task A_number_and_a_prefix_typed_with_punctuation_are_stored_normalised_and_screen_callers()
    {
        var store = _db.Get<ListEntryStore>();
        Assert.Null(await store.AddAsync(ListKind.Blacklist, "139-0000-0000", "骚扰", null));
        Assert.Null(await store.AddAsync(ListKind.Whitelist, "0755 *", null, null));

        Assert.Equal(["0755*", "13900000000"], (await store.ListAsync()).Select(e => e.Pattern).Order(StringComparer.Ordinal));
        var screening = _db.Get<CallerScreening>();
        Assert.Equal(ScreeningVerdict.Blocked, (await screening.CheckAsync("13900000000")).Verdict);
        Assert.Equal(ScreeningVerdict.Vip, (await screening.CheckAsync("075588886666")).Verdict);
    }

    [Fact]
    public async Task An_entry_stops_applying_at_its_end_and_can_be_removed()
    {
        var store = _db.Get<ListEntryStore>();
        Assert.Null(await store.AddAsync(ListKind.Blacklist, "13900000000", null, _db.Time.GetUtcNow().UtcDateTime.AddHours(1)));
        var screening = _db.Get<CallerScreening>();
        Assert.Equal(ScreeningVerdict.Blocked, (await screening.CheckAsync("13900000000")).Verdict);
        _db.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(ScreeningVerdict.Normal, (await screening.CheckAsync("13900000000")).Verdict);

        Assert.True(await store.RemoveAsync(Assert.Single(await store.ListAsync()).Id));
        Assert.Empty(await store.ListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("07*55")]
    [InlineData("abc")]
    public async Task A_pattern_that_is_not_a_number_or_prefix_is_refused(string pattern)
    {
        Assert.NotNull(await _db.Get<ListEntryStore>().AddAsync(ListKind.Blacklist, pattern, null, null));
        Assert.Empty(await _db.Get<ListEntryStore>().ListAsync());
    }

    [Fact]
    public async Task The_same_pattern_twice_on_one_list_is_refused()
    {
        var store = _db.Get<ListEntryStore>();
        Assert.Null(await store.AddAsync(ListKind.Blacklist, "13900000000", null, null));
        Assert.NotNull(await store.AddAsync(ListKind.Blacklist, "139 0000 0000", null, null));
        Assert.Null(await store.AddAsync(ListKind.Whitelist, "13900000000", null, null));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
