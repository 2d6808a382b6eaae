using System.Globalization;
using Bunit;
using CallCenter.Designer.Properties;
using CallCenter.Designer.Tests.Palette;
using CallCenter.Engine.Descriptors;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>A bUnit context set up as the Portal hosts the designer: MudBlazor, localization, the real activity registry and in-memory lookups.</summary>
internal sealed class PanelUi : IAsyncDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo _formatting = CultureInfo.CurrentCulture;

    public PanelUi(string culture = "en", ActivityRegistry? registry = null, IDesignerLookups? lookups = null)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddLocalization();
        Context.Services.AddSingleton(registry ?? RealActivities.Registry);
        if (lookups is not null) Context.Services.AddSingleton(lookups);
    }

    public BunitContext Context { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        CultureInfo.CurrentUICulture = _culture;
        CultureInfo.CurrentCulture = _formatting;
    }
}
