using CallCenter.Domain.Data;
using CallCenter.Domain.Security;
using CallCenter.Domain.Seeding;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Portal.Security;

/// <summary>Registers sign-in (ASP.NET Core Identity on the one DbContext, cookie), API keys and the role policies.</summary>
public static class PortalSecurityServiceCollectionExtensions
{
    /// <summary>Lockout: this many wrong passwords in a row lock a user out…</summary>
    public const int MaxFailedSignIns = 5;

    /// <summary>…for this long.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Identity (users and roles in <see cref="CallCenterDbContext"/>, lockout after <see cref="MaxFailedSignIns"/> failures
    /// for <see cref="LockoutDuration"/>, passwords of ≥ 10 characters), the sign-in cookie (8 h sliding; 401/403 rather
    /// than redirects under <c>/api</c> and <c>/hubs</c>), the <c>X-Api-Key</c> scheme, the policies of
    /// <see cref="PortalPolicies"/>, antiforgery, and the start-up seeding of roles, users and the bootstrap key.
    /// Settings: <c>Portal:AdminPassword</c>, <c>WebCti:BootstrapApiKey</c> (<see cref="PortalSecurityOptions"/>).
    /// </summary>
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalSecurityOptions>(o =>
        {
            o.AdminPassword = configuration["Portal:AdminPassword"] is { Length: > 0 } admin ? admin : null;
            o.BootstrapApiKey = configuration["WebCti:BootstrapApiKey"] is { Length: > 0 } key ? key : null;
        });
        // Identity's EF stores want a scoped context; ours come from the pooled factory.
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<CallCenterDbContext>>().CreateDbContext());
        services.AddIdentityCore<PortalUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CallCenterDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalUserClaimsFactory>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = PortalAuthenticationSchemes.Portal;
                o.DefaultChallengeScheme = PortalAuthenticationSchemes.Portal;
            })
            .AddPolicyScheme(PortalAuthenticationSchemes.Portal, "API key or sign-in cookie", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey(PortalAuthenticationSchemes.ApiKeyHeader) ? PortalAuthenticationSchemes.ApiKey : IdentityConstants.ApplicationScheme)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(PortalAuthenticationSchemes.ApiKey, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(ConfigureCookie));
        services.AddAuthorization(PortalPolicies.Register);
        services.AddSingleton<IAuthorizationHandler, AgentScopeHandler>();
        services.AddAntiforgery();
        services.AddScoped<PortalUserSeeder>();
        services.AddHostedService<PortalSecuritySeeding>();
        return services;
    }

    /// <summary>Lockout, password and user rules (public so tests check the same rules against a real database).</summary>
    public static void ConfigureIdentity(IdentityOptions o)
    {
        o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        o.Lockout.AllowedForNewUsers = true;
        o.Password.RequiredLength = 10;
        o.Password.RequiredUniqueChars = 4;
        o.Password.RequireDigit = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.User.RequireUniqueEmail = false;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.LoginPath = "/login";
        o.AccessDeniedPath = "/denied";
        o.LogoutPath = "/account/logout";
        o.ExpireTimeSpan = TimeSpan.FromHours(8);
        o.SlidingExpiration = true;
        o.Cookie.Name = "callcenter.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        // Programs (REST, SignalR) get a status code, not the HTML sign-in page.
        o.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsForPrograms(context.Request.Path)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsForPrograms(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs");
}
