using System.Text.Json;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Editing;

/// <summary>
/// The editable state of one flow in the designer, without any UI: the draft definition, the selection, a clipboard
/// and undo/redo. Every mutation is one undoable step (a drag's moves or one field's keystrokes merge when they share
/// a merge key) and raises <see cref="Changed"/> saying which nodes and connections changed. Not thread-safe: use it
/// from the UI's dispatcher only.
/// </summary>
public sealed partial class DesignerSession
{
    private readonly WorkflowCompiler _compiler;
    private readonly Dictionary<string, ActivityNode> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _outcomes = new(StringComparer.Ordinal);
    private readonly List<string> _selection = [];
    private readonly EditHistory _history;
    private FlowClipboard? _clipboard;
    private EditStep? _step;
    private DesignerChange? _pending;

    /// <summary>Edits <paramref name="draft"/> in place; <paramref name="compiler"/> computes dynamic outcomes (a Menu's options).</summary>
    public DesignerSession(WorkflowDefinition draft, ActivityRegistry registry, WorkflowCompiler compiler, int undoCapacity = 500)
    {
        Definition = draft;
        Registry = registry;
        _compiler = compiler;
        _history = new EditHistory(undoCapacity);
        foreach (var node in draft.Root.Activities) _byId[node.Id] = node;
    }

    /// <summary>Raised after every mutation, undo, redo and selection change.</summary>
    public event Action<DesignerChange>? Changed;

    public WorkflowDefinition Definition { get; }
    public ActivityRegistry Registry { get; }
    public IReadOnlyList<ActivityNode> Activities => Definition.Root.Activities;
    public IReadOnlyList<Connection> Connections => Definition.Root.Connections;

    /// <summary>The selected node ids, in the order they were selected.</summary>
    public IReadOnlyList<string> Selection => _selection;

    /// <summary>The selected node when exactly one is selected (what the property panel shows).</summary>
    public ActivityNode? SelectedNode => _selection.Count == 1 ? Find(_selection[0]) : null;

    public bool CanUndo => _history.CanUndo;
    public bool CanRedo => _history.CanRedo;
    public bool CanPaste => _clipboard is { Nodes.Count: > 0 };

    public ActivityNode? Find(string id) => _byId.GetValueOrDefault(id);

    public ActivityDescriptor? DescriptorOf(string id) => Find(id) is { } node ? Registry.Find(node.Type) : null;

    /// <summary>The outcomes a node can be connected by, one port each: declared or computed from its properties, then Error.</summary>
    public IReadOnlyList<string> Outcomes(string nodeId)
    {
        if (_outcomes.TryGetValue(nodeId, out var cached)) return cached;
        if (Find(nodeId) is not { } node) return [];
        return _outcomes[nodeId] = _compiler.OutcomesOf(node);
    }

    /// <summary>Places a new activity of <paramref name="type"/> at <paramref name="position"/> and selects it.</summary>
    public ActivityNode AddActivity(string type, Position position)
    {
        var descriptor = Registry.Find(type) ?? throw new ArgumentException($"unknown activity type '{type}'", nameof(type));
        var node = new ActivityNode { Id = NodeIds.For(descriptor.TypeName, Definition.Root), Type = descriptor.TypeName, Position = position };
        Mutate(null, () =>
        {
            Apply(AddNodeEdit(node, Definition.Root.Activities.Count));
            SelectInStep([node.Id]);
        });
        return node;
    }

    /// <summary>Moves nodes by <paramref name="delta"/>; calls with the same <paramref name="mergeKey"/> in a row are one undo step.</summary>
    public void Move(IEnumerable<string> ids, Position delta, string? mergeKey = null)
    {
        var targets = new Dictionary<string, Position>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Find(id) is not { } node) continue;
            var at = node.Position ?? new Position(0, 0);
            targets[id] = new Position(at.X + delta.X, at.Y + delta.Y);
        }
        MoveTo(targets, mergeKey);
    }

    /// <summary>Places nodes at the given positions (a finished drag, a layout) as one undo step.</summary>
    public void MoveTo(IReadOnlyDictionary<string, Position> positions, string? mergeKey = null) => Mutate(mergeKey, () =>
    {
        foreach (var (id, position) in positions)
        {
            if (Find(id) is { } node && node.Position != position) Apply(PositionEdit(id, node.Position, position));
        }
    });

    /// <summary>Deletes nodes and every connection to or from them; returns how many nodes went.</summary>
    public int Delete(IEnumerable<string> ids)
    {
        var doomed = new HashSet<string>(ids.Where(_byId.ContainsKey), StringComparer.Ordinal);
        if (doomed.Count == 0) return 0;
        Mutate(null, () =>
        {
            var connections = Definition.Root.Connections;
            for (var i = connections.Count - 1; i >= 0; i--)
                if (doomed.Contains(connections[i].Source) || doomed.Contains(connections[i].Target)) Apply(RemoveConnectionEdit(connections[i], i));
            var nodes = Definition.Root.Activities;
            for (var i = nodes.Count - 1; i >= 0; i--)
                if (doomed.Contains(nodes[i].Id)) Apply(RemoveNodeEdit(nodes[i], i));
            if (Definition.Root.StartActivityId is { } start && doomed.Contains(start)) Apply(StartEdit(start, null));
        });
        return doomed.Count;
    }

    /// <summary>
    /// Connects <paramref name="source"/>'s <paramref name="outcome"/> to <paramref name="target"/>, replacing the
    /// connection that outcome had (one per outcome). False when a node or the outcome does not exist or nothing changes.
    /// </summary>
    public bool Connect(string source, string outcome, string target)
    {
        if (Find(source) is null || Find(target) is null || !Outcomes(source).Contains(outcome)) return false;
        var connection = new Connection(source, outcome, target);
        if (Definition.Root.Connections.Contains(connection)) return false;
        Mutate(null, () =>
        {
            RemoveConnectionsFrom(source, o => o == outcome);
            Apply(AddConnectionEdit(connection, Definition.Root.Connections.Count));
        });
        return true;
    }

    /// <summary>Removes the connection of <paramref name="source"/>'s <paramref name="outcome"/>; false when there is none.</summary>
    public bool Disconnect(string source, string outcome)
    {
        if (!Definition.Root.Connections.Any(c => c.Source == source && c.Outcome == outcome)) return false;
        Mutate(null, () => RemoveConnectionsFrom(source, o => o == outcome));
        return true;
    }

    /// <summary>
    /// Sets (or with null removes) a property. When the node's outcomes change (a Menu option removed), connections of
    /// outcomes that no longer exist are removed in the same undo step. Calls with the same <paramref name="mergeKey"/>
    /// in a row (keystrokes in one field) are one undo step.
    /// </summary>
    public void SetProperty(string nodeId, string name, JsonElement? value, string? mergeKey = null)
    {
        var node = Find(nodeId) ?? throw new ArgumentException($"no activity '{nodeId}'", nameof(nodeId));
        JsonElement? old = node.Properties.TryGetValue(name, out var current) ? current : null;
        if (old?.GetRawText() == value?.GetRawText()) return;
        Mutate(mergeKey, () =>
        {
            var before = Outcomes(nodeId);
            Apply(PropertyEdit(nodeId, name, old, value?.Clone()));
            var after = Outcomes(nodeId);
            if (!before.SequenceEqual(after)) RemoveConnectionsFrom(nodeId, o => !after.Contains(o));
        });
    }

    /// <summary>Sets the name shown on the node (null or blank: the activity type's name).</summary>
    public void Rename(string nodeId, string? displayName, string? mergeKey = null)
    {
        var node = Find(nodeId) ?? throw new ArgumentException($"no activity '{nodeId}'", nameof(nodeId));
        var name = string.IsNullOrWhiteSpace(displayName) ? null : displayName;
        if (node.DisplayName == name) return;
        Mutate(mergeKey, () => Apply(RenameEdit(nodeId, node.DisplayName, name)));
    }

    /// <summary>Replaces the selection (unknown ids are ignored). Not an undo step.</summary>
    public void Select(IEnumerable<string> ids) => Mutate(null, () => SelectInStep(ids));

    /// <summary>Copies nodes and the connections among them; returns how many nodes were copied.</summary>
    public int Copy(IEnumerable<string> ids)
    {
        var chosen = new HashSet<string>(ids.Where(_byId.ContainsKey), StringComparer.Ordinal);
        if (chosen.Count == 0) return 0;
        var nodes = Definition.Root.Activities.Where(n => chosen.Contains(n.Id)).Select(n => FlowClipboard.CopyOf(n, n.Id, n.Position)).ToList();
        var connections = Definition.Root.Connections.Where(c => chosen.Contains(c.Source) && chosen.Contains(c.Target)).ToList();
        _clipboard = new FlowClipboard(nodes, connections);
        return nodes.Count;
    }

    /// <summary>Adds the copied nodes with new ids, shifted by <paramref name="offset"/>, with their connections among them; selects them.</summary>
    public IReadOnlyList<ActivityNode> Paste(Position offset)
    {
        if (_clipboard is not { } clipboard || clipboard.Nodes.Count == 0) return [];
        var pasted = new List<ActivityNode>();
        Mutate(null, () =>
        {
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var original in clipboard.Nodes)
            {
                var at = original.Position ?? new Position(0, 0);
                var copy = FlowClipboard.CopyOf(original, NodeIds.For(original.Id, Definition.Root), new Position(at.X + offset.X, at.Y + offset.Y));
                ids[original.Id] = copy.Id;
                Apply(AddNodeEdit(copy, Definition.Root.Activities.Count));
                pasted.Add(copy);
            }
            foreach (var c in clipboard.Connections)
                Apply(AddConnectionEdit(new Connection(ids[c.Source], c.Outcome, ids[c.Target]), Definition.Root.Connections.Count));
            SelectInStep(pasted.Select(n => n.Id));
        });
        return pasted;
    }

    /// <summary>Lays the flow out left to right from its start (see <see cref="NodeMetrics"/>); one undo step.</summary>
    public void AutoLayout()
    {
        var positions = FlowLayout.Arrange(Definition.Root, Outcomes, n => Registry.Find(n.Type)?.CanStartWorkflow == true);
        MoveTo(positions);
    }

    /// <summary>Runs several mutations as one undo step with one <see cref="Changed"/> (e.g. deleting nodes and links together).</summary>
    public void Batch(Action mutations) => Mutate(null, mutations);

    /// <summary>Ends merging: the next mutation starts a new undo step even if it shares the last merge key (a field lost focus).</summary>
    public void SealUndoStep() => _history.Seal();

    public bool Undo() => Replay(_history.TakeUndo(), undo: true);

    public bool Redo() => Replay(_history.TakeRedo(), undo: false);

    private bool Replay(EditStep? step, bool undo)
    {
        if (step is null || _step is not null) return false;
        var change = new DesignerChange();
        if (undo) step.Undo(change);
        else step.Redo(change);
        PruneSelection(change);
        Changed?.Invoke(change);
        return true;
    }

    private void Mutate(string? mergeKey, Action body)
    {
        if (_step is not null) { body(); return; }
        var step = _step = new EditStep(mergeKey);
        var change = _pending = new DesignerChange();
        try
        {
            body();
        }
        finally
        {
            (_step, _pending) = (null, null);
            if (step.Edits.Count > 0) _history.Push(step);
            PruneSelection(change);
            if (change.FlowChanged || change.SelectionChanged) Changed?.Invoke(change);
        }
    }

    private void Apply(FlowEdit edit)
    {
        edit.Do(_pending!);
        _step!.Edits.Add(edit);
    }

    private void RemoveConnectionsFrom(string source, Func<string, bool> outcome)
    {
        var connections = Definition.Root.Connections;
        for (var i = connections.Count - 1; i >= 0; i--)
            if (connections[i].Source == source && outcome(connections[i].Outcome)) Apply(RemoveConnectionEdit(connections[i], i));
    }

    private void SelectInStep(IEnumerable<string> ids)
    {
        var next = ids.Where(_byId.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        if (next.SequenceEqual(_selection)) return;
        _selection.Clear();
        _selection.AddRange(next);
        _pending!.SelectionChanged = true;
    }

    private void PruneSelection(DesignerChange change)
    {
        if (_selection.RemoveAll(id => !_byId.ContainsKey(id)) > 0) change.SelectionChanged = true;
    }
}
