using CallCenter.Portal.Localization;
using MudBlazor.Services;

namespace CallCenter.Portal.Components;

/// <summary>The browser UI: Blazor (interactive server) pages with MudBlazor, in the user's language.</summary>
public static class PortalUiExtensions
{
    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        // The static web assets (MudBlazor's css/js under _content/) also when the built dll runs outside Development.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddMudServices();
        builder.Services.AddPortalCultures();
        builder.Services.AddSingleton<Live.CenterTime>();
        // Until Identity lands (Security/): pages that need a user send the browser to /login.
        builder.Services.AddAuthentication(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options => options.LoginPath = "/login");
        return builder;
    }

    /// <summary>Static files, the request's culture, and the pages. Call after authentication and authorisation.</summary>
    public static void MapPortalUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
