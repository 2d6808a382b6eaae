using CallCenter.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Components.Admin.Users;

/// <summary>
/// What the users page does with ASP.NET Core Identity: list, create, change roles and agent, set a new password,
/// unlock, delete. Each operation gets its own DI scope (a fresh <see cref="UserManager{TUser}"/> and DbContext): a page's
/// circuit lives for hours, and a context kept that long would hand out stale users. Failures come back as
/// <see cref="IdentityError"/>s keyed by field (<c>userName</c>, <c>password</c>, <c>roles</c>).
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Every user by name, with roles and lock-out.</summary>
    public async Task<List<UserRow>> ListAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var list = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync();
        var now = time.GetUtcNow();
        var rows = new List<UserRow>(list.Count);
        foreach (var user in list)
        {
            var roles = await users.GetRolesAsync(user);
            var locked = user.LockoutEnd is { } end && end > now ? end : (DateTimeOffset?)null;
            rows.Add(new UserRow(user.Id, user.UserName ?? "", user.DisplayName, PortalRoles.All.Where(roles.Contains).ToList(), user.AgentId, locked));
        }
        return rows;
    }

    /// <summary>Creates a user with a first password, roles and agent.</summary>
    public async Task<Dictionary<string, List<string>>> CreateAsync(UserForm form)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = form.UserName.Trim(), DisplayName = Blank(form.DisplayName), AgentId = Blank(form.AgentId), LockoutEnabled = true,
        };
        var errors = Errors(await users.CreateAsync(user, form.Password ?? ""));
        if (errors.Count > 0) return errors;
        return Errors(await users.AddToRolesAsync(user, form.Roles));
    }

    /// <summary>Saves display name, roles and agent of an existing user; <paramref name="signedIn"/> (the admin doing it) cannot drop their own Admin role.</summary>
    public async Task<Dictionary<string, List<string>>> UpdateAsync(UserForm form, string? signedIn, string ownAdminMessage)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(form.Id!) is not { } user) return One("userName", "The user no longer exists.");
        var current = await users.GetRolesAsync(user);
        if (string.Equals(user.UserName, signedIn, StringComparison.Ordinal) && current.Contains(PortalRoles.Admin) && !form.Roles.Contains(PortalRoles.Admin))
            return One("roles", ownAdminMessage);
        user.DisplayName = Blank(form.DisplayName);
        user.AgentId = Blank(form.AgentId);
        var errors = Errors(await users.UpdateAsync(user));
        if (errors.Count > 0) return errors;
        errors = Errors(await users.RemoveFromRolesAsync(user, current.Where(r => !form.Roles.Contains(r))));
        if (errors.Count > 0) return errors;
        return Errors(await users.AddToRolesAsync(user, form.Roles.Where(r => !current.Contains(r))));
    }

    /// <summary>Replaces the user's password with one the admin typed (the password rules apply).</summary>
    public async Task<Dictionary<string, List<string>>> SetPasswordAsync(string id, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(id) is not { } user) return One("password", "The user no longer exists.");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return Errors(await users.ResetPasswordAsync(user, token, password));
    }

    /// <summary>Ends a lock-out and forgets the wrong passwords counted so far.</summary>
    public async Task UnlockAsync(string id)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(id) is not { } user) return;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    /// <summary>Deletes the user (never the one signed in).</summary>
    public async Task<bool> DeleteAsync(string id, string? signedIn)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(id) is not { } user || string.Equals(user.UserName, signedIn, StringComparison.Ordinal)) return false;
        return (await users.DeleteAsync(user)).Succeeded;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Dictionary<string, List<string>> One(string field, string message) => new() { [field] = [message] };

    // Identity's error codes say which field is wrong.
    private static Dictionary<string, List<string>> Errors(IdentityResult result)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password"
                : error.Code.Contains("Role", StringComparison.Ordinal) ? "roles" : "userName";
            (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(error.Description);
        }
        return errors;
    }
}
