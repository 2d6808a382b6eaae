using CallCenter.Engine.Models;

namespace CallCenter.Designer.Editing;

/// <summary>
/// What one edit, undo or redo of a <see cref="DesignerSession"/> changed, so a view updates only those nodes and
/// links instead of redrawing the flow.
/// </summary>
public sealed class DesignerChange
{
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _updated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _moved = new(StringComparer.Ordinal);
    private readonly List<Connection> _connected = [];
    private readonly List<Connection> _disconnected = [];

    /// <summary>Nodes now in the flow that were not before.</summary>
    public IReadOnlySet<string> AddedNodes => _added;

    /// <summary>Nodes no longer in the flow.</summary>
    public IReadOnlySet<string> RemovedNodes => _removed;

    /// <summary>Nodes whose name or properties changed (their summary and outcomes may differ).</summary>
    public IReadOnlySet<string> UpdatedNodes => _updated;

    /// <summary>Nodes at a new position.</summary>
    public IReadOnlySet<string> MovedNodes => _moved;

    /// <summary>Connections added (in order).</summary>
    public IReadOnlyList<Connection> Connected => _connected;

    /// <summary>Connections removed (in order).</summary>
    public IReadOnlyList<Connection> Disconnected => _disconnected;

    /// <summary>Whether the selected nodes changed.</summary>
    public bool SelectionChanged { get; internal set; }

    /// <summary>Whether the flow itself changed (anything but the selection).</summary>
    public bool FlowChanged =>
        _added.Count + _removed.Count + _updated.Count + _moved.Count + _connected.Count + _disconnected.Count > 0;

    /// <summary>Whether what the flow does changed (nodes, settings, connections) — not only where nodes sit.</summary>
    public bool LogicChanged => _added.Count + _removed.Count + _updated.Count + _connected.Count + _disconnected.Count > 0;

    internal void NodeAdded(string id)
    {
        if (!_removed.Remove(id)) _added.Add(id);
        else _updated.Add(id);
    }

    internal void NodeRemoved(string id)
    {
        _updated.Remove(id);
        _moved.Remove(id);
        if (!_added.Remove(id)) _removed.Add(id);
    }

    internal void NodeUpdated(string id)
    {
        if (!_added.Contains(id)) _updated.Add(id);
    }

    internal void NodeMoved(string id)
    {
        if (!_added.Contains(id)) _moved.Add(id);
    }

    internal void ConnectionAdded(Connection connection)
    {
        if (!_disconnected.Remove(connection)) _connected.Add(connection);
    }

    internal void ConnectionRemoved(Connection connection)
    {
        if (!_connected.Remove(connection)) _disconnected.Add(connection);
    }
}
