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
        return builder;
    }

    /// <summary>Static files, the request's culture, and the pages. Call after <c>UsePortalSecurity</c> (authentication, authorisation, antiforgery).</summary>
    public static void MapPortalUi(this WebApplication app)
    {
        // Styles and scripts are public: the sign-in page needs them before anyone is signed in.
        app.MapStaticAssets().Add(endpoint => endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute()));
        app.MapCultureSwitch();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
