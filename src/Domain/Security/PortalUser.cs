using Microsoft.AspNetCore.Identity;

namespace CallCenter.Domain.Security;

/// <summary>A person who signs in to the Portal (table <c>users</c>); their roles are in <see cref="PortalRoles"/>.</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>The name shown in the Portal (e.g. "陈静 Chen Jing").</summary>
    public string? DisplayName { get; set; }

    /// <summary>The ACD agent this user works as (e.g. "8001"); null for users who are no agent.</summary>
    public string? AgentId { get; set; }

    /// <summary>The user's UI culture (e.g. "zh-CN", "en"); null = the browser's.</summary>
    public string? PreferredCulture { get; set; }
}
