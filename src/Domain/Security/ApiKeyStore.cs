using System.Security.Cryptography;
using System.Text;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Security;

/// <summary>
/// Creates, finds, lists and revokes API keys. Secrets are random (32 bytes, base64url) and never stored: a key is
/// found by its prefix and then by a constant-time comparison of the SHA-256 hashes.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time)
{
    /// <summary>How often <see cref="FindAsync"/> writes <see cref="ApiKey.LastUsedAt"/> at most.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>Length of <see cref="ApiKey.Prefix"/>.</summary>
    public const int PrefixLength = 8;

    /// <summary>Shortest secret <see cref="EnsureAsync"/> accepts (a configured bootstrap key).</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>Creates a key with a new random secret; the secret is in the result and nowhere else.</summary>
    /// <exception cref="ArgumentException">A role is not one of <see cref="PortalRoles.All"/>, or none is given.</exception>
    public async Task<CreatedApiKey> CreateAsync(string name, IEnumerable<string> roles, string? agentId = null, CancellationToken ct = default)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return new CreatedApiKey(await AddAsync(name, roles, agentId, secret, ct), secret);
    }

    /// <summary>
    /// Makes sure a live key with this secret exists (created with <paramref name="name"/> and <paramref name="roles"/>
    /// when missing). For a secret set in configuration (automated installs, tests). Returns true when it was created.
    /// </summary>
    public async Task<bool> EnsureAsync(string secret, string name, IEnumerable<string> roles, CancellationToken ct = default)
    {
        if (secret.Length < MinimumSecretLength)
            throw new ArgumentException($"An API key secret needs at least {MinimumSecretLength} characters.", nameof(secret));
        if (await FindAsync(secret, ct) is not null) return false;
        await AddAsync(name, roles, null, secret, ct);
        return true;
    }

    /// <summary>The live (not revoked) key with this secret, or null. Records the use at most once a minute.</summary>
    public async Task<ApiKey?> FindAsync(string secret, CancellationToken ct = default)
    {
        if (secret.Length < PrefixLength) return null;
        var prefix = secret[..PrefixLength];
        var hash = Hash(secret);
        await using var db = await factory.CreateDbContextAsync(ct);
        var candidates = await db.ApiKeys.AsNoTracking().Where(k => k.Prefix == prefix && k.RevokedAt == null).ToListAsync(ct);
        var key = candidates.FirstOrDefault(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(k.SecretHash), Encoding.ASCII.GetBytes(hash)));
        if (key is null) return null;
        var now = time.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt.Value >= TouchInterval)
        {
            var before = now - TouchInterval;
            // The condition makes concurrent requests write once, not once each.
            await db.ApiKeys.Where(k => k.Id == key.Id && (k.LastUsedAt == null || k.LastUsedAt <= before))
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), ct);
            key.LastUsedAt = now;
        }
        return key;
    }

    /// <summary>Every key, revoked ones too, newest first.</summary>
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(ct);
    }

    /// <summary>Revokes the key; false when there is no such key or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(long id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), ct) > 0;
    }

    /// <summary>SHA-256 of the secret as lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private async Task<ApiKey> AddAsync(string name, IEnumerable<string> roles, string? agentId, string secret, CancellationToken ct)
    {
        var canonical = roles.Select(r => PortalRoles.Normalize(r) ?? throw new ArgumentException($"Unknown role \"{r}\".", nameof(roles))).Distinct().ToList();
        if (canonical.Count == 0) throw new ArgumentException("An API key needs at least one role.", nameof(roles));
        var key = new ApiKey
        {
            Name = name.Trim(), Prefix = secret[..PrefixLength], SecretHash = Hash(secret), Roles = string.Join(',', canonical),
            AgentId = string.IsNullOrWhiteSpace(agentId) ? null : agentId.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return key;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
