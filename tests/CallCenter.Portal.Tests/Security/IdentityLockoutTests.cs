using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Domain.Security;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Extensions;
using CallCenter.Portal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Portal.Tests.Security;

/// <summary>
/// The Portal's Identity rules on a real SQLite file, registered as the Portal registers them: lockout after five wrong
/// passwords (even the right one is refused then), the password policy, and the seeded users.
/// </summary>
public sealed class IdentityLockoutTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-identity-").FullName;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:AdminPassword"] = "Admin-Pass-2026",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddWorkflowEngine().AddCallCenterDatabase(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "cc.db")}" })
            .AddCallCenterDomain().AddPortalSecurity(configuration);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_out_for_fifteen_minutes_and_then_the_right_one_is_refused_too()
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>();
        var user = new PortalUser { UserName = "9001", AgentId = "9001" };
        Assert.True((await users.CreateAsync(user, "Right-Pass-9001")).Succeeded);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await signIn.CheckPasswordSignInAsync(user, "wrong-pass-" + attempt, lockoutOnFailure: true);
            Assert.False(wrong.Succeeded || wrong.IsLockedOut, $"attempt {attempt} only fails");
        }
        Assert.True((await signIn.CheckPasswordSignInAsync(user, "wrong-pass-5", lockoutOnFailure: true)).IsLockedOut, "the fifth wrong password locks");
        var right = await signIn.CheckPasswordSignInAsync(user, "Right-Pass-9001", lockoutOnFailure: true);
        Assert.True(right.IsLockedOut && !right.Succeeded);
        var end = await users.GetLockoutEndDateAsync(await users.FindByNameAsync("9001") ?? throw new InvalidOperationException());
        Assert.InRange(end!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Short_or_digitless_passwords_are_refused()
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.False((await users.CreateAsync(new PortalUser { UserName = "short" }, "abc123")).Succeeded);
        Assert.False((await users.CreateAsync(new PortalUser { UserName = "nodigit" }, "abcdefghijkl")).Succeeded);
    }

    [Fact]
    public async Task Seeding_creates_the_roles_the_admin_with_the_configured_password_and_demo_agents_with_their_agent_ids_once()
    {
        // The demo agents the Portal seeds first.
        await _services.GetRequiredService<DemoAcdSeeder>().SeedAsync();
        await using var scope = _services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<PortalUserSeeder>();
        var seeded = await seeder.SeedAsync("Admin-Pass-2026");

        Assert.Equal(["admin", "8001", "8002", "8003", "8004", "8005", "supervisor", "manager"], seeded.Select(u => u.UserName));
        Assert.Null(seeded[0].GeneratedPassword);
        Assert.All(seeded.Skip(1), u => Assert.Matches("^.{20}$", u.GeneratedPassword!));
        Assert.Equal(7, seeded.Skip(1).Select(u => u.GeneratedPassword).Distinct().Count());

        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admin = await users.FindByNameAsync("admin");
        Assert.True(await users.CheckPasswordAsync(admin!, "Admin-Pass-2026"));
        Assert.Equal([PortalRoles.Admin], await users.GetRolesAsync(admin!));
        var agent = await users.FindByNameAsync("8002");
        Assert.Equal(("8002", "刘洋 Liu Yang"), (agent!.AgentId, agent.DisplayName));
        Assert.True(await users.CheckPasswordAsync(agent, seeded.Single(u => u.UserName == "8002").GeneratedPassword!));
        Assert.Equal([PortalRoles.Agent], await users.GetRolesAsync(agent));

        Assert.Empty(await seeder.SeedAsync("Admin-Pass-2026"));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
