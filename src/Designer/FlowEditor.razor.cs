using System.Globalization;
using Blazor.Diagrams.Core.Models.Base;
using CallCenter.Designer.Canvas;
using CallCenter.Designer.Editing;
using CallCenter.Engine.Models;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Designer;

/// <summary>
/// The flow editor the Portal's /designer page hosts: a toolbar (undo, redo, copy, paste, delete, auto-layout, fit,
/// zoom, plus the host's <see cref="Toolbar"/> buttons), the <see cref="Palette"/> on the left, the
/// <see cref="FlowCanvas"/> bound to <see cref="Session"/>, the <see cref="Properties"/> of the selected node on the
/// right and the <see cref="Problems"/> below. Keyboard shortcuts work while the canvas has the focus. Host it with
/// <c>InteractiveServerRenderMode(prerender: false)</c>.
/// </summary>
public sealed partial class FlowEditor
{
    private FlowCanvas? _canvas;
    private DesignerSession? _subscribed;

    [Parameter, EditorRequired] public DesignerSession Session { get; set; } = null!;

    /// <summary>The palette (left). Items dragged from it need <c>draggable="true" data-activity-type="{TypeName}"</c>.</summary>
    [Parameter] public RenderFragment? Palette { get; set; }

    /// <summary>The property panel (right) for the selected node; null when none or several are selected.</summary>
    [Parameter] public RenderFragment<ActivityNode?>? Properties { get; set; }

    /// <summary>The problems list (bottom); hidden when null.</summary>
    [Parameter] public RenderFragment? Problems { get; set; }

    /// <summary>Extra toolbar content at the right end (save, publish…).</summary>
    [Parameter] public RenderFragment? Toolbar { get; set; }

    [Parameter] public string Id { get; set; } = "flow-editor";

    [Parameter] public string? Class { get; set; }

    /// <summary>The canvas, once rendered: <see cref="FlowCanvas.Reveal"/> a node, <see cref="FlowCanvas.AddAt"/> a dropped one.</summary>
    public FlowCanvas? Canvas => _canvas;

    private string ZoomPercent => string.Create(CultureInfo.InvariantCulture, $"{Math.Round((_canvas?.Diagram.Zoom ?? 1) * 100)}%");

    private bool LinkSelected => _canvas?.Diagram.GetSelectedModels().Any(m => m is BaseLinkModel) == true;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_subscribed, Session)) return;
        if (_subscribed is not null) _subscribed.Changed -= OnSessionChanged;
        _subscribed = Session;
        Session.Changed += OnSessionChanged;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || _canvas is null) return;
        _canvas.Diagram.ZoomChanged += OnDiagramChanged;
        _canvas.Diagram.SelectionChanged += OnLinkSelectionChanged;
    }

    /// <summary>Draws a run over the flow (see <see cref="FlowCanvas.ShowTrail"/>).</summary>
    public void ShowTrail(FlowTrail trail) => _canvas?.ShowTrail(trail);

    /// <summary>Selects a node and brings it into view (e.g. from the problems list).</summary>
    public void Reveal(string nodeId) => _canvas?.Reveal(nodeId);

    private async Task Run(Action<FlowCanvas> action)
    {
        if (_canvas is null) return;
        action(_canvas);
        await _canvas.FocusAsync();
    }

    private Task AutoLayout() => Run(c =>
    {
        Session.AutoLayout();
        c.ZoomToFit();
    });

    private void OnSessionChanged(DesignerChange _) => InvokeAsync(StateHasChanged);

    private void OnDiagramChanged() => InvokeAsync(StateHasChanged);

    private void OnLinkSelectionChanged(SelectableModel model)
    {
        if (model is BaseLinkModel) InvokeAsync(StateHasChanged);
    }

    public void Dispose()
    {
        if (_subscribed is not null) _subscribed.Changed -= OnSessionChanged;
        if (_canvas is null) return;
        _canvas.Diagram.ZoomChanged -= OnDiagramChanged;
        _canvas.Diagram.SelectionChanged -= OnLinkSelectionChanged;
    }
}
