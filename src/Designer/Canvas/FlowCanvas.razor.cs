using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Behaviors;
using Blazor.Diagrams.Core.Extensions;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Options;
using CallCenter.Designer.Editing;
using CallCenter.Engine.Models;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using CoreKeyboardEventArgs = Blazor.Diagrams.Core.Events.KeyboardEventArgs;

namespace CallCenter.Designer.Canvas;

/// <summary>
/// The flow canvas on Z.Blazor.Diagrams, bound to a <see cref="DesignerSession"/>: one <see cref="ActivityNodeWidget"/>
/// per activity, one link per connection. Drag nodes (Ctrl+click or Shift+drag a box for several), drag from an
/// outcome's port to a node to connect, wheel to zoom, drag the background to pan; with the canvas focused Delete,
/// Ctrl+Z, Ctrl+Y, Ctrl+C, Ctrl+V and Ctrl+A work. An HTML5 drop whose <c>text/plain</c> names an activity type adds it
/// where it is dropped (palette items only need <c>draggable="true" data-activity-type="Menu"</c>).
/// </summary>
public sealed partial class FlowCanvas
{
    private const string ModulePath = "./_content/CallCenter.Designer/flowCanvas.js";
    private const double PasteStep = 40;

    private ElementReference _host;
    private IJSObjectReference? _module;
    private DotNetObjectReference<FlowCanvas>? _self;
    private FlowDiagramSync? _sync;
    private DesignerSession? _bound;
    private bool _ready;
    private int _pastes;
    private FlowTrail _trail = FlowTrail.Empty;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    /// <summary>The flow being edited; a different session rebuilds the diagram.</summary>
    [Parameter, EditorRequired] public DesignerSession Session { get; set; } = null!;

    /// <summary>The id of the canvas element (browser tests find it by this).</summary>
    [Parameter] public string Id { get; set; } = "flow-canvas";

    [Parameter] public string? Class { get; set; }

    /// <summary>The diagram behind the canvas (zoom, pan, node models).</summary>
    public BlazorDiagram Diagram { get; } = CreateDiagram();

    /// <summary>The node models by activity id.</summary>
    public IReadOnlyDictionary<string, ActivityNodeModel> Nodes => _sync?.Nodes ?? new Dictionary<string, ActivityNodeModel>();

    protected override void OnInitialized()
    {
        Diagram.UnregisterBehavior<KeyboardShortcutsBehavior>();
        Diagram.KeyDown += OnKeyDown;
    }

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_bound, Session)) return;
        _sync?.Dispose();
        Diagram.Batch(() =>
        {
            Diagram.Links.Clear();
            Diagram.Nodes.Clear();
        });
        _bound = Session;
        _sync = new FlowDiagramSync(Diagram, Session);
        _sync.ShowTrail(_trail);
        _pastes = 0;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
        _self = DotNetObjectReference.Create(this);
        if (_module is not null)
        {
            await _module.InvokeVoidAsync("ensureAssets");
            await _module.InvokeVoidAsync("attach", _host, _self);
        }
        _ready = true;
        StateHasChanged();
    }

    /// <summary>Adds an activity where the pointer is (client coordinates, e.g. of a drop); null for an unknown type.</summary>
    public ActivityNode? AddAt(string type, double clientX, double clientY)
    {
        if (Session.Registry.Find(type) is null) return null;
        var point = Diagram.Container is null ? new Blazor.Diagrams.Core.Geometry.Point(clientX, clientY) : Diagram.GetRelativeMousePoint(clientX, clientY);
        return Session.AddActivity(type, new Position(Math.Round(point.X - NodeMetrics.Width / 2), Math.Round(point.Y - NodeMetrics.HeaderHeight / 2)));
    }

    /// <summary>Called by the module for an HTML5 drop on the canvas.</summary>
    [JSInvokable]
    public Task DropActivity(string type, double clientX, double clientY) => InvokeAsync(() => AddAt(type, clientX, clientY));

    /// <summary>Draws a run over the flow (the simulator's, a replayed call's, today's counts); <see cref="FlowTrail.Empty"/> clears it.</summary>
    public void ShowTrail(FlowTrail trail)
    {
        _trail = trail;
        _sync?.ShowTrail(trail);
    }

    public void Undo() => Session.Undo();

    public void Redo() => Session.Redo();

    public void DeleteSelection() => _sync?.DeleteSelection();

    public void CopySelection()
    {
        if (Session.Copy(Session.Selection) > 0) _pastes = 0;
    }

    /// <summary>Pastes the copied nodes, each paste a step further down-right so copies do not hide each other.</summary>
    public void Paste()
    {
        if (!Session.CanPaste) return;
        _pastes++;
        Session.Paste(new Position(PasteStep * _pastes, PasteStep * _pastes));
    }

    public void SelectAll() => Session.Select(Session.Activities.Select(a => a.Id));

    public void ZoomIn() => ZoomBy(1.25);

    public void ZoomOut() => ZoomBy(1 / 1.25);

    /// <summary>Zoom (never above 100 %) and pan so every node is in view, centred.</summary>
    public void ZoomToFit()
    {
        // The library's ZoomToFit fits only the selected nodes when some are selected; "fit" here means the whole flow.
        if (Diagram.Container is not { } box || Diagram.Nodes.Count == 0) return;
        const double margin = 40;
        var bounds = Diagram.Nodes.GetBounds();
        var fit = Math.Min(box.Width / (bounds.Width + 2 * margin), box.Height / (bounds.Height + 2 * margin));
        var zoom = Math.Clamp(Math.Min(fit, 1), Diagram.Options.Zoom.Minimum, Diagram.Options.Zoom.Maximum);
        Diagram.Batch(() =>
        {
            Diagram.SetZoom(zoom);
            Diagram.SetPan((box.Width - bounds.Width * zoom) / 2 - bounds.Left * zoom, (box.Height - bounds.Height * zoom) / 2 - bounds.Top * zoom);
        });
    }

    /// <summary>Selects a node and pans it to the middle of the canvas (e.g. when a problem naming it is clicked).</summary>
    public void Reveal(string nodeId)
    {
        if (!Nodes.TryGetValue(nodeId, out var model)) return;
        Session.Select([nodeId]);
        if (Diagram.Container is not { } box) return;
        var center = model.Position.Add(NodeMetrics.Width / 2, (model.Size?.Height ?? 0) / 2);
        Diagram.SetPan(box.Width / 2 - center.X * Diagram.Zoom, box.Height / 2 - center.Y * Diagram.Zoom);
    }

    /// <summary>Gives the canvas the keyboard focus, so shortcuts work after a toolbar click.</summary>
    public async Task FocusAsync()
    {
        if (_module is not null) await _module.InvokeVoidAsync("focus", _host);
    }

    // Zooms around the middle of the canvas rather than its top-left corner.
    private void ZoomBy(double factor)
    {
        var options = Diagram.Options.Zoom;
        var zoom = Math.Clamp(Diagram.Zoom * factor, options.Minimum, options.Maximum);
        if (Diagram.Container is { } box)
        {
            var (cx, cy) = (box.Width / 2, box.Height / 2);
            var ratio = zoom / Diagram.Zoom;
            Diagram.SetPan(cx - (cx - Diagram.Pan.X) * ratio, cy - (cy - Diagram.Pan.Y) * ratio);
        }
        Diagram.SetZoom(zoom);
    }

    private void OnKeyDown(CoreKeyboardEventArgs e)
    {
        var key = e.Key.ToLowerInvariant();
        if (!e.CtrlKey && (key is "delete" or "backspace")) DeleteSelection();
        else if (!e.CtrlKey) return;
        else if (key == "z" && !e.ShiftKey) Undo();
        else if (key == "y" || (key == "z" && e.ShiftKey)) Redo();
        else if (key == "c") CopySelection();
        else if (key == "v") Paste();
        else if (key == "a") SelectAll();
    }

    private static BlazorDiagram CreateDiagram()
    {
        var options = new BlazorDiagramOptions
        {
            AllowMultiSelection = true,
            AllowPanning = true,
            Zoom = { Enabled = true, Minimum = 0.2, Maximum = 2 },
            Links =
            {
                RequireTarget = true,
                EnableSnapping = true,
                SnappingRadius = 24,
                // Links start only at outcome ports; the input port and the node body do not start one.
                Factory = (_, source, target) => source is OutcomePortModel port
                    ? new LinkModel(new SinglePortAnchor(port), target) { TargetMarker = LinkMarker.Arrow }
                    : null,
            },
        };
        var diagram = new BlazorDiagram(options);
        diagram.RegisterComponent<ActivityNodeModel, ActivityNodeWidget>();
        return diagram;
    }

    public async ValueTask DisposeAsync()
    {
        Diagram.KeyDown -= OnKeyDown;
        _sync?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("detach", _host);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the element with it.
            }
        }
        _self?.Dispose();
    }
}
