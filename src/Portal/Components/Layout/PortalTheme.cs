using MudBlazor;

namespace CallCenter.Portal.Components.Layout;

/// <summary>The portal's colours and type: one theme for every page.</summary>
public static class PortalTheme
{
    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1565c0", Secondary = "#00897b", AppbarBackground = "#0d47a1" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "sans-serif"] },
        },
    };
}
