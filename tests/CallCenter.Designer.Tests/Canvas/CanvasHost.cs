using Blazor.Diagrams.Core.Geometry;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CallCenter.Designer.Tests.Canvas;

/// <summary>
/// A bUnit context for the canvas. JS interop is loose (the module import, resize observers and focus answer
/// nothing); the diagram's one measurement that matters, the canvas's bounding box, answers a 1200×800 box at the
/// page origin so client and diagram coordinates line up.
/// </summary>
public static class CanvasHost
{
    public static BunitContext Create()
    {
        var ui = new BunitContext();
        ui.JSInterop.Mode = JSRuntimeMode.Loose;
        ui.JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 1200, 800));
        ui.Services.AddMudServices();
        ui.Services.AddLocalization();
        return ui;
    }
}
