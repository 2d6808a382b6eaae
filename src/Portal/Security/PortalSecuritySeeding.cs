using CallCenter.Domain.Security;
using CallCenter.Domain.Seeding;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Security;

/// <summary>
/// At start (before the web server listens): roles, the <c>admin</c> user and the demo users
/// (<see cref="PortalUserSeeder"/>), and the bootstrap API key of <c>WebCti:BootstrapApiKey</c>. A generated password is
/// logged once, as a warning, on the start that creates its user.
/// </summary>
public sealed class PortalSecuritySeeding(IServiceScopeFactory scopes, ApiKeyStore keys, IOptions<PortalSecurityOptions> options, ILogger<PortalSecuritySeeding> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<PortalUserSeeder>();
            foreach (var user in await seeder.SeedAsync(options.Value.AdminPassword, cancellationToken))
            {
                if (user.GeneratedPassword is { } password)
                    logger.LogWarning("Portal user {User} ({Role}) created, password {Password} (shown only now; sign in at /login and keep it safe)",
                        user.UserName, user.Role, password);
                else
                    logger.LogInformation("Portal user {User} ({Role}) created with the configured password", user.UserName, user.Role);
            }
        }
        if (options.Value.BootstrapApiKey is { Length: > 0 } secret && await keys.EnsureAsync(secret, "bootstrap", [PortalRoles.Admin], cancellationToken))
            logger.LogInformation("Bootstrap API key (WebCti:BootstrapApiKey) created with role Admin");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
