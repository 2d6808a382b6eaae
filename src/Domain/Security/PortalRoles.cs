namespace CallCenter.Domain.Security;

/// <summary>The Portal's roles: what each person (or API key) may do.</summary>
public static class PortalRoles
{
    /// <summary>Configuration: agents, queues, extensions, prompts, routes, users and API keys.</summary>
    public const string Admin = "Admin";

    /// <summary>班长: watches queues and agents, monitors, force-releases and transfers any call.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>座席: their own state and their own calls.</summary>
    public const string Agent = "Agent";

    /// <summary>Reads call records, queue logs and reports.</summary>
    public const string Manager = "Manager";

    /// <summary>Every role, in the order an admin page lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Supervisor, Agent, Manager];

    /// <summary>The role's canonical spelling, or null when <paramref name="role"/> is no role (any case accepted).</summary>
    public static string? Normalize(string role) => All.FirstOrDefault(r => string.Equals(r, role.Trim(), StringComparison.OrdinalIgnoreCase));
}
