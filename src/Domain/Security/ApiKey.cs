namespace CallCenter.Domain.Security;

/// <summary>
/// A key an integrator's system sends as <c>X-Api-Key</c> (table <c>api_keys</c>). Only the SHA-256 hash of the
/// secret is kept; the secret itself is shown once, when the key is created (<see cref="ApiKeyStore"/>).
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    /// <summary>What the key is for (e.g. "crm").</summary>
    public string Name { get; set; } = "";
    /// <summary>The first 8 characters of the secret, shown in lists so a person can tell keys apart.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>SHA-256 of the secret (UTF-8), lower-case hex.</summary>
    public string SecretHash { get; set; } = "";
    /// <summary>The roles the key acts with, comma-separated (e.g. "Supervisor,Manager").</summary>
    public string Roles { get; set; } = "";
    /// <summary>The ACD agent a key with the Agent role acts as (e.g. "8001"); null otherwise.</summary>
    public string? AgentId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When a request last used the key (UTC; updated at most once a minute).</summary>
    public DateTime? LastUsedAt { get; set; }
    /// <summary>When the key was revoked (UTC); a revoked key authenticates nothing.</summary>
    public DateTime? RevokedAt { get; set; }

    /// <summary>The roles as a list.</summary>
    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
