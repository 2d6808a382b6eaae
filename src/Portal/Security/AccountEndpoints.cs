using CallCenter.Domain.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CallCenter.Portal.Security;

/// <summary>
/// Sign-in and sign-out for the browser: the <c>/login</c> page posts its form (with its antiforgery token) to
/// <c>POST /account/login</c>; both posts are antiforgery-validated (400 without a valid token).
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous().ExcludeFromDescription();
        account.MapPost("/login", async ([FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
            SignInManager<PortalUser> signIn, ILoggerFactory loggers) =>
        {
            var target = IsLocalUrl(returnUrl) ? returnUrl! : "/";
            if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)) return Back("invalid", target);
            var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            var logger = loggers.CreateLogger(typeof(AccountEndpoints));
            if (result.Succeeded)
            {
                logger.LogInformation("User {User} signed in", userName);
                return Results.LocalRedirect(target);
            }
            if (result.IsLockedOut)
            {
                logger.LogWarning("User {User} is locked out", userName);
                return Back("locked", target);
            }
            logger.LogWarning("Failed sign-in as {User}", userName);
            return Back("invalid", target);
        });
        // The form posts nothing but its token; the empty form binding is what makes the endpoint validate it.
        account.MapPost("/logout", async ([FromForm] string? returnUrl, SignInManager<PortalUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        });
        return app;
    }

    /// <summary>True for a path on this site ("/queues?x=1"), false for anything that could leave it ("//evil", "/\evil", "http://…").</summary>
    public static bool IsLocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);

    private static IResult Back(string error, string returnUrl) =>
        Results.LocalRedirect($"/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");
}
