using CallCenter.Domain.Agents;
using CallCenter.Domain.Telephony;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Telephony;

/// <summary>Forwarding settings on each provider: stored on the extension (follow-me as JSON), validated, read back, announced.</summary>
public abstract class ExtensionForwardingScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure);

    private ExtensionForwardingStore Store => _db.Get<ExtensionForwardingStore>();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync(s => s.AddSingleton<ExtensionForwardingStore>());
        await using var context = await _db.ContextAsync();
        foreach (var number in new[] { "1001", "1002", "1003" })
            context.Extensions.Add(new Extension { Number = number, DisplayName = number, CreatedAt = DomainDatabase.DefaultNow.UtcDateTime });
        await context.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_new_extension_forwards_nowhere_and_rings_20_seconds()
    {
        var settings = await Store.GetAsync("1001");

        Assert.NotNull(settings);
        Assert.True(settings.IsEmpty);
        Assert.Equal(20, settings.NoAnswerSeconds);
        Assert.Empty(await Store.GetAllForwardingAsync());
        Assert.Null(await Store.GetAsync("1999"));
    }

    [Fact]
    public async Task Saved_settings_are_read_back_whole_and_announced_and_only_forwarding_extensions_are_listed()
    {
        var announced = new List<(string, ExtensionForwarding)>();
        Store.Changed += (n, s) => announced.Add((n, s));
        var input = new ExtensionForwarding(null, " 1003 ", "sip:13800138000@10.0.0.5:5060", 15,
            [new FollowMeTarget("1003", 10), new FollowMeTarget("+8613800138000", 25)]);

        var saved = await Store.SaveAsync("1002", input);

        Assert.Equal(SaveStatus.Updated, saved.Status);
        var read = (await Store.GetAsync("1002"))!;
        Assert.Equal((null, "1003", "sip:13800138000@10.0.0.5:5060", 15), (read.Always, read.Busy, read.NoAnswer, read.NoAnswerSeconds));
        Assert.Equal([new FollowMeTarget("1003", 10), new FollowMeTarget("+8613800138000", 25)], read.FollowMe);
        var (number, settings) = Assert.Single(announced);
        Assert.Equal(("1002", "1003"), (number, settings.Busy));
        Assert.Equal(["1002"], (await Store.GetAllForwardingAsync()).Keys);
        await using var context = await _db.ContextAsync();
        Assert.Equal(2, (await context.Extensions.SingleAsync(e => e.Number == "1002")).FollowMe.Count);

        // Clearing everything takes the extension off the list.
        Assert.Equal(SaveStatus.Updated, (await Store.SaveAsync("1002", ExtensionForwarding.None)).Status);
        Assert.Empty(await Store.GetAllForwardingAsync());
    }

    [Fact]
    public async Task Bad_targets_forwarding_to_itself_ring_times_and_too_many_follow_me_numbers_are_refused_by_field()
    {
        var input = new ExtensionForwarding("1001", "not a number", "sip:", 2,
            [new FollowMeTarget("1002", 10), new FollowMeTarget("", 10), new FollowMeTarget("1003", 400), new FollowMeTarget("1003", 10)]);

        var result = await Store.SaveAsync("1001", input);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal(["always", "busy", "followMe", "followMe[1].target", "followMe[2].seconds", "noAnswer", "noAnswerSeconds"], result.Errors.Keys.Order());
        Assert.Contains("itself", result.Errors["always"][0].ToString());
        Assert.True((await Store.GetAsync("1001"))!.IsEmpty);
    }

    [Fact]
    public async Task Saving_for_an_unknown_extension_is_not_found()
    {
        var result = await Store.SaveAsync("1999", ExtensionForwarding.None with { Always = "1001" });

        Assert.Equal(SaveStatus.NotFound, result.Status);
    }
}
