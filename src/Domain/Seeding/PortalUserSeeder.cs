using System.Security.Cryptography;
using CallCenter.Domain.Data;
using CallCenter.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Seeding;

/// <summary>
/// Creates the Portal's roles (always, when missing), the <c>admin</c> user (when missing) and, with demo data on,
/// the demo users: agents 8001–8005 (role Agent, named after the seeded agents), <c>supervisor</c> and <c>manager</c>.
/// Never touches existing users. A password not given in configuration is generated per user and returned once.
/// </summary>
public sealed class PortalUserSeeder(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IDbContextFactory<CallCenterDbContext> factory, IOptions<DemoDataOptions> demo)
{
    public const string AdminUserName = "admin";
    private static readonly string[] DemoAgents = ["8001", "8002", "8003", "8004", "8005"];

    /// <param name="adminPassword">The admin's password from configuration (<c>Portal:AdminPassword</c>), or null to generate one.</param>
    public async Task<IReadOnlyList<SeededUser>> SeedAsync(string? adminPassword, CancellationToken ct = default)
    {
        foreach (var role in PortalRoles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");

        var seeded = new List<SeededUser>();
        await AddAsync(seeded, AdminUserName, PortalRoles.Admin, "Administrator", null, adminPassword);
        var settings = demo.Value;
        if (!settings.Seed) return seeded;
        // Demo users only on a fresh install: once any other user exists the admin manages them.
        if (await users.Users.AnyAsync(u => u.UserName != AdminUserName, ct)) return seeded;
        await using var db = await factory.CreateDbContextAsync(ct);
        var agents = await db.Agents.AsNoTracking().Where(a => DemoAgents.Contains(a.Number))
            .ToDictionaryAsync(a => a.Number, a => a.Name, ct);
        foreach (var (number, name) in agents.OrderBy(a => a.Key, StringComparer.Ordinal))
            await AddAsync(seeded, number, PortalRoles.Agent, name, number, settings.UserPassword);
        await AddAsync(seeded, "supervisor", PortalRoles.Supervisor, "班长 Supervisor", null, settings.UserPassword);
        await AddAsync(seeded, "manager", PortalRoles.Manager, "经理 Manager", null, settings.UserPassword);
        return seeded;
    }

    /// <summary>A random password that meets any sensible policy (upper, lower, digit, symbol; 20 characters).</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "-_.!@#%";
        var all = upper + lower + digits + symbols;
        var chars = new char[20];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private async Task AddAsync(List<SeededUser> seeded, string userName, string role, string displayName, string? agentId, string? configuredPassword)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        var password = configuredPassword ?? GeneratePassword();
        var user = new PortalUser { UserName = userName, DisplayName = displayName, AgentId = agentId, LockoutEnabled = true };
        Check(await users.CreateAsync(user, password), $"user {userName}");
        Check(await users.AddToRoleAsync(user, role), $"role of {userName}");
        seeded.Add(new SeededUser(userName, role, configuredPassword is null ? password : null));
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
