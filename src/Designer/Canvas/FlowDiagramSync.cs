using System.Globalization;
using Blazor.Diagrams;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Events;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using CallCenter.Designer.Editing;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Canvas;

/// <summary>
/// Keeps a diagram and a session in step both ways. Session changes update only the nodes and links they name;
/// what the user does on the diagram (select, drag, draw a link) becomes a session call, and the echo of that call
/// finds the diagram already as it should be. <c>_applying</c> keeps the diagram's own events from feeding back.
/// </summary>
internal sealed class FlowDiagramSync : IDisposable
{
    /// <summary>The colour of a link a shown run took.</summary>
    public const string TrailColor = "#2e7d32";
    private const double TrailWidth = 4, DefaultWidth = 2;
    private readonly BlazorDiagram _diagram;
    private readonly DesignerSession _session;
    private readonly Dictionary<string, ActivityNodeModel> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<Connection, LinkModel> _links = [];
    private readonly Dictionary<BaseLinkModel, Connection> _connections = [];
    private readonly HashSet<ActivityNodeModel> _moved = [];
    private bool _applying;
    private bool _selecting;

    public FlowDiagramSync(BlazorDiagram diagram, DesignerSession session)
    {
        _diagram = diagram;
        _session = session;
        Apply(() =>
        {
            foreach (var node in session.Activities) AddNode(node);
            foreach (var connection in session.Connections) AddLink(connection);
            SyncSelection();
        });
        _session.Changed += OnSessionChanged;
        _diagram.SelectionChanged += OnDiagramSelectionChanged;
        _diagram.PointerUp += OnPointerUp;
        _diagram.Links.Added += OnLinkAdded;
    }

    public IReadOnlyDictionary<string, ActivityNodeModel> Nodes => _nodes;

    /// <summary>Deletes the selected nodes and links as one undo step.</summary>
    public void DeleteSelection()
    {
        var connections = _diagram.GetSelectedModels().OfType<BaseLinkModel>()
            .Select(l => _connections.TryGetValue(l, out var c) ? c : null).OfType<Connection>().ToList();
        var nodes = _session.Selection.ToList();
        if (connections.Count == 0 && nodes.Count == 0) return;
        _session.Batch(() =>
        {
            foreach (var c in connections) _session.Disconnect(c.Source, c.Outcome);
            _session.Delete(nodes);
        });
    }

    public void Dispose()
    {
        _session.Changed -= OnSessionChanged;
        _diagram.SelectionChanged -= OnDiagramSelectionChanged;
        _diagram.PointerUp -= OnPointerUp;
        _diagram.Links.Added -= OnLinkAdded;
        foreach (var model in _nodes.Values) model.Moved -= OnNodeMoved;
    }

    private void OnSessionChanged(DesignerChange change) => Apply(() =>
    {
        foreach (var connection in change.Disconnected) RemoveLink(connection);
        foreach (var id in change.RemovedNodes) RemoveNode(id);
        foreach (var id in change.AddedNodes)
            if (_session.Find(id) is { } node) AddNode(node);
        foreach (var id in change.UpdatedNodes)
            if (_session.Find(id) is { } node && _nodes.TryGetValue(id, out var model)) Describe(model, node, refresh: true);
        foreach (var id in change.MovedNodes)
            if (_session.Find(id) is { } node && _nodes.TryGetValue(id, out var model)) Place(model, node);
        foreach (var connection in change.Connected) AddLink(connection);
        if (change.SelectionChanged) SyncSelection();
    });

    private void Apply(Action work)
    {
        var was = _applying;
        _applying = true;
        try
        {
            _diagram.Batch(work);
        }
        finally
        {
            _applying = was;
        }
    }

    private void AddNode(ActivityNode node)
    {
        var at = node.Position ?? new Position(0, 0);
        var model = new ActivityNodeModel(node.Id, new Point(at.X, at.Y));
        Describe(model, node, refresh: false);
        model.Moved += OnNodeMoved;
        _nodes[node.Id] = model;
        _diagram.Nodes.Add(model);
    }

    private void RemoveNode(string id)
    {
        if (!_nodes.Remove(id, out var model)) return;
        model.Moved -= OnNodeMoved;
        _moved.Remove(model);
        _diagram.Nodes.Remove(model);
    }

    private void Describe(ActivityNodeModel model, ActivityNode node, bool refresh)
    {
        var descriptor = _session.Registry.Find(node.Type);
        var zh = CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var title = node.DisplayName ?? (descriptor is null ? node.Type : zh ? descriptor.DisplayNameZh : descriptor.DisplayName);
        var described = model.Describe(node.Type, title, ActivitySummary.Of(node, descriptor), descriptor?.Icon);
        var outcomes = _session.Outcomes(node.Id);
        var portsChanged = !model.OutcomePorts.Select(p => p.Outcome).SequenceEqual(outcomes);
        if (portsChanged)
        {
            // The session already disconnected the outcomes that went away; a link left on a removed port would dangle.
            foreach (var port in model.SetOutcomes(outcomes))
                foreach (var link in port.Links.ToList()) _diagram.Links.Remove(link);
        }
        if (refresh && (described || portsChanged)) model.Refresh();
    }

    private static void Place(ActivityNodeModel model, ActivityNode node)
    {
        var at = node.Position ?? new Position(0, 0);
        if (model.Position.X != at.X || model.Position.Y != at.Y) model.SetPosition(at.X, at.Y);
    }

    /// <summary>Draws <paramref name="trail"/> over the flow: nodes marked and badged, the links it took thick and green.</summary>
    public void ShowTrail(FlowTrail trail)
    {
        foreach (var (id, node) in _nodes)
        {
            var mark = trail.Current == id ? TrailMark.Current : trail.Visited(id) ? TrailMark.Visited : TrailMark.None;
            if (node.MarkTrail(mark, trail.BadgeOf(id))) node.Refresh();
        }
        foreach (var (connection, link) in _links)
        {
            var taken = trail.Took(connection.Source, connection.Outcome) && trail.Visited(connection.Target);
            var color = taken ? TrailColor : null;
            if (link.Color == color) continue;
            link.Color = color;
            link.Width = taken ? TrailWidth : DefaultWidth;
            link.Refresh();
        }
    }

    private void AddLink(Connection connection)
    {
        if (_links.ContainsKey(connection)) return;
        if (!_nodes.TryGetValue(connection.Source, out var source) || !_nodes.TryGetValue(connection.Target, out var target)) return;
        if (source.PortOf(connection.Outcome) is not { } port) return;
        var link = new LinkModel($"{connection.Source}/{connection.Outcome}->{connection.Target}", port, target.Input)
        {
            TargetMarker = LinkMarker.Arrow,
        };
        _links[connection] = link;
        _connections[link] = connection;
        _diagram.Links.Add(link);
    }

    private void RemoveLink(Connection connection)
    {
        if (!_links.Remove(connection, out var link)) return;
        _connections.Remove(link);
        _diagram.Links.Remove(link);
    }

    private void SyncSelection()
    {
        var wanted = new HashSet<string>(_session.Selection, StringComparer.Ordinal);
        foreach (var model in _diagram.GetSelectedModels().ToList())
        {
            // A link the user just selected stays selected; a selection made elsewhere (paste, reveal) replaces it.
            var keep = model is ActivityNodeModel node ? wanted.Contains(node.Id) : _selecting;
            if (!keep) _diagram.UnselectModel(model);
        }
        foreach (var id in _session.Selection)
            if (_nodes.TryGetValue(id, out var model) && !model.Selected) _diagram.SelectModel(model, unselectOthers: false);
    }

    private void OnDiagramSelectionChanged(SelectableModel _)
    {
        if (_applying) return;
        var selected = _diagram.GetSelectedModels().OfType<ActivityNodeModel>().Select(n => n.Id).ToList();
        if (selected.SequenceEqual(_session.Selection)) return;
        _selecting = true;
        try
        {
            _session.Select(selected);
        }
        finally
        {
            _selecting = false;
        }
    }

    private void OnNodeMoved(MovableModel model)
    {
        if (!_applying && model is ActivityNodeModel node) _moved.Add(node);
    }

    // The drag behaviour reports each moved node on pointer-up before this handler runs: one session step per drag.
    private void OnPointerUp(Model? _, PointerEventArgs __)
    {
        if (_moved.Count == 0) return;
        var positions = _moved.ToDictionary(n => n.Id, n => new Position(n.Position.X, n.Position.Y), StringComparer.Ordinal);
        _moved.Clear();
        _session.MoveTo(positions);
    }

    private void OnLinkAdded(BaseLinkModel link)
    {
        if (!_applying) link.TargetAttached += OnUserLinkAttached;
    }

    // A link the user drew is only a gesture: it is replaced by the link of the connection the session makes.
    private void OnUserLinkAttached(BaseLinkModel link)
    {
        link.TargetAttached -= OnUserLinkAttached;
        var source = link.Source.Model as OutcomePortModel;
        var target = link.Target.Model switch
        {
            ActivityNodeModel node => node,
            PortModel port => port.Parent as ActivityNodeModel,
            _ => null,
        };
        Apply(() => _diagram.Links.Remove(link));
        if (source?.Parent is ActivityNodeModel from && target is not null) _session.Connect(from.Id, source.Outcome, target.Id);
    }
}
