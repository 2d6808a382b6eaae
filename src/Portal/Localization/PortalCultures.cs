using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CallCenter.Portal.Localization;

/// <summary>
/// The UI languages: 简体中文 and English. The browser's Accept-Language picks one; <c>GET /culture?name=&amp;returnUrl=</c>
/// switches and remembers it in a cookie. Dates, numbers and durations follow the same culture.
/// </summary>
public static class PortalCultures
{
    public static readonly IReadOnlyList<(string Culture, string Label)> Labels = [("zh-CN", "中文"), ("en", "English")];

    public static IServiceCollection AddPortalCultures(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Labels.Select(l => new CultureInfo(l.Culture)).ToList();
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentUICultures = true;
            options.FallBackToParentCultures = true;
        });
        return services;
    }

    /// <summary>
    /// The request's culture (cookie, else the browser's Accept-Language), remembered in the culture cookie on the first
    /// page: the live page's connection then runs in the same language as the page it came from.
    /// </summary>
    public static IApplicationBuilder UsePortalCultures(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((http, next) =>
        {
            if (!http.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
                && HttpMethods.IsGet(http.Request.Method) && http.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.Ordinal) == true)
                && http.Features.Get<IRequestCultureFeature>() is { } feature)
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(feature.RequestCulture),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            return next(http);
        });
    }

    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string? name, string? returnUrl, HttpContext http) =>
        {
            if (name is null || !Labels.Any(l => l.Culture == name)) return Results.BadRequest(new { error = "UnknownCulture", message = $"Supported: {string.Join(", ", Labels.Select(l => l.Culture))}." });
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\") ? returnUrl : "/");
        }).AllowAnonymous();
}
