namespace CallCenter.Portal.Components.Admin.Users;

/// <summary>A Portal user as the users page lists them.</summary>
/// <param name="LockedOutUntil">When a lock-out (too many wrong passwords) ends, UTC; null when not locked out.</param>
public sealed record UserRow(string Id, string UserName, string? DisplayName, IReadOnlyList<string> Roles, string? AgentId, DateTimeOffset? LockedOutUntil);
