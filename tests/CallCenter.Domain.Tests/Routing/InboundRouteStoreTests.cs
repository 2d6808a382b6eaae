using CallCenter.Domain.Routing;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Routing;

/// <summary>Routes saved from the routes page: stored normalised, found by the resolver, refused with a reason when unusable.</summary>
public sealed class InboundRouteStoreTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync() => _db = await DomainDatabase.SqliteAsync();

    [Fact]
    public async Task A_saved_route_is_normalised_and_answers_the_number_until_disabled()
    {
        var store = _db.Get<InboundRouteStore>();
        var route = new InboundRoute { CalledNumber = " 955-55 ", CallerPattern = "0755 *", WorkflowDefinitionId = "hotline-12345" };
        Assert.Null(await store.SaveAsync(route));

        var saved = Assert.Single(await store.ListAsync());
        Assert.Equal(("95555", "0755*"), (saved.CalledNumber, saved.CallerPattern));
        Assert.Equal(route.Id, (await _db.Get<InboundRouteResolver>().ResolveAsync("95555", "075512345678"))?.Id);
        Assert.Null(await _db.Get<InboundRouteResolver>().ResolveAsync("95555", "01012345678"));

        saved.Enabled = false;
        Assert.Null(await store.SaveAsync(saved));
        Assert.Null(await _db.Get<InboundRouteResolver>().ResolveAsync("95555", "075512345678"));
    }

    [Theory]
    [InlineData("", "hotline-12345", null)]
    [InlineData("95555", "", null)]
    [InlineData("95555", "hotline-12345", "07*55")]
    public async Task An_unusable_route_is_refused_and_nothing_is_stored(string number, string flow, string? pattern)
    {
        var store = _db.Get<InboundRouteStore>();
        Assert.NotNull(await store.SaveAsync(new InboundRoute { CalledNumber = number, WorkflowDefinitionId = flow, CallerPattern = pattern }));
        Assert.Empty(await store.ListAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
