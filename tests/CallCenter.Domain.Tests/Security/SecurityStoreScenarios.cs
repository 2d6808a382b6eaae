using CallCenter.Domain.Calls;
using CallCenter.Domain.Security;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.Security;

/// <summary>API keys (secret shown once, only its hash kept, found by secret, revoked, use recorded once a minute) and wrap-ups on each provider.</summary>
public abstract class SecurityStoreScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    private ApiKeyStore Keys => _db.Get<ApiKeyStore>();
    private CallWrapUpStore WrapUps => _db.Get<CallWrapUpStore>();

    public async Task InitializeAsync() => _db = await CreateDatabaseAsync();

    [Fact]
    public async Task A_key_is_found_by_its_secret_only_its_hash_is_stored_and_a_revoked_key_is_found_no_more()
    {
        var created = await Keys.CreateAsync("crm", ["supervisor", "Manager"]);
        Assert.True(created.Secret.Length >= 40);
        Assert.Equal(created.Secret[..8], created.Key.Prefix);
        Assert.Equal("Supervisor,Manager", created.Key.Roles);
        await using (var db = await _db.ContextAsync())
        {
            var stored = await db.ApiKeys.SingleAsync();
            Assert.Equal(ApiKeyStore.Hash(created.Secret), stored.SecretHash);
            Assert.DoesNotContain(created.Secret, stored.SecretHash + stored.Prefix + stored.Name);
        }

        Assert.Equal(created.Key.Id, (await Keys.FindAsync(created.Secret))?.Id);
        Assert.Null(await Keys.FindAsync(created.Secret[..^1] + (created.Secret[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(await Keys.FindAsync("short"));

        Assert.True(await Keys.RevokeAsync(created.Key.Id));
        Assert.False(await Keys.RevokeAsync(created.Key.Id));
        Assert.Null(await Keys.FindAsync(created.Secret));
        Assert.NotNull(Assert.Single(await Keys.ListAsync()).RevokedAt);
    }

    [Fact]
    public async Task Use_is_recorded_at_most_once_a_minute_and_a_configured_secret_is_created_once()
    {
        const string secret = "bootstrap-secret-0123456789";
        Assert.True(await Keys.EnsureAsync(secret, "bootstrap", [PortalRoles.Admin]));
        Assert.False(await Keys.EnsureAsync(secret, "bootstrap", [PortalRoles.Admin]));
        var first = (await Keys.FindAsync(secret))!.LastUsedAt;
        Assert.Equal(_db.Time.GetUtcNow().UtcDateTime, first);

        _db.Time.Advance(TimeSpan.FromSeconds(30));
        await Keys.FindAsync(secret);
        Assert.Equal(first, Assert.Single(await Keys.ListAsync()).LastUsedAt);
        _db.Time.Advance(TimeSpan.FromSeconds(31));
        await Keys.FindAsync(secret);
        Assert.Equal(_db.Time.GetUtcNow().UtcDateTime, Assert.Single(await Keys.ListAsync()).LastUsedAt);

        await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync("bad", ["Root"]));
        await Assert.ThrowsAsync<ArgumentException>(() => Keys.EnsureAsync("too-short", "bad", [PortalRoles.Admin]));
    }

    [Fact]
    public async Task Saving_a_wrap_up_again_replaces_the_agents_one_and_each_agent_keeps_their_own()
    {
        await WrapUps.SaveAsync("call-1", "8001", "callback", "回电");
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        await WrapUps.SaveAsync("call-1", "8002", "escalated", null);
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        var replaced = await WrapUps.SaveAsync("call-1", "8001", "resolved", "已解决");
        await WrapUps.SaveAsync("call-2", "8001", "resolved", null);

        Assert.True(replaced.UpdatedAt > replaced.CreatedAt);
        var call = await WrapUps.ListAsync("call-1");
        Assert.Equal([("8001", "resolved", "已解决"), ("8002", "escalated", null)], call.Select(w => (w.AgentId, w.Disposition, w.Notes)));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
