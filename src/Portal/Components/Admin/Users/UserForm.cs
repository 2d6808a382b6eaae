namespace CallCenter.Portal.Components.Admin.Users;

/// <summary>The user form's values: a new user (name and first password) or an existing one (display name, roles, agent).</summary>
public sealed class UserForm
{
    /// <summary>The user's id; null for a new user.</summary>
    public string? Id { get; set; }
    public string UserName { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? Password { get; set; }
    public HashSet<string> Roles { get; set; } = new(StringComparer.Ordinal);
    public string? AgentId { get; set; }

    /// <summary>The form filled with a listed user.</summary>
    public static UserForm From(UserRow user) => new()
    {
        Id = user.Id, UserName = user.UserName, DisplayName = user.DisplayName, AgentId = user.AgentId,
        Roles = new HashSet<string>(user.Roles, StringComparer.Ordinal),
    };
}
