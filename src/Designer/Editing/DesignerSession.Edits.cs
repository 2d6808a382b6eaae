using System.Text.Json;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Editing;

// The reversible edits every mutation is made of; each keeps the node index and caches in step with the draft.
public sealed partial class DesignerSession
{
    private FlowEdit AddNodeEdit(ActivityNode node, int index) => new(
        change => InsertNode(node, index, change),
        change => RemoveNode(node, change));

    private FlowEdit RemoveNodeEdit(ActivityNode node, int index) => new(
        change => RemoveNode(node, change),
        change => InsertNode(node, index, change));

    private void InsertNode(ActivityNode node, int index, DesignerChange change)
    {
        Definition.Root.Activities.Insert(Math.Min(index, Definition.Root.Activities.Count), node);
        _byId[node.Id] = node;
        _outcomes.Remove(node.Id);
        change.NodeAdded(node.Id);
    }

    private void RemoveNode(ActivityNode node, DesignerChange change)
    {
        Definition.Root.Activities.Remove(node);
        _byId.Remove(node.Id);
        _outcomes.Remove(node.Id);
        change.NodeRemoved(node.Id);
    }

    private FlowEdit AddConnectionEdit(Connection connection, int index) => new(
        change => InsertConnection(connection, index, change),
        change => RemoveConnection(connection, change));

    private FlowEdit RemoveConnectionEdit(Connection connection, int index) => new(
        change => RemoveConnection(connection, change),
        change => InsertConnection(connection, index, change));

    private void InsertConnection(Connection connection, int index, DesignerChange change)
    {
        Definition.Root.Connections.Insert(Math.Min(index, Definition.Root.Connections.Count), connection);
        change.ConnectionAdded(connection);
    }

    private void RemoveConnection(Connection connection, DesignerChange change)
    {
        Definition.Root.Connections.Remove(connection);
        change.ConnectionRemoved(connection);
    }

    private FlowEdit PositionEdit(string id, Position? from, Position? to) => new(
        change => SetPosition(id, to, change),
        change => SetPosition(id, from, change));

    private void SetPosition(string id, Position? position, DesignerChange change)
    {
        _byId[id].Position = position;
        change.NodeMoved(id);
    }

    private FlowEdit PropertyEdit(string id, string name, JsonElement? from, JsonElement? to) => new(
        change => SetPropertyValue(id, name, to, change),
        change => SetPropertyValue(id, name, from, change));

    private void SetPropertyValue(string id, string name, JsonElement? value, DesignerChange change)
    {
        var properties = _byId[id].Properties;
        if (value is { } v) properties[name] = v;
        else properties.Remove(name);
        _outcomes.Remove(id);
        change.NodeUpdated(id);
    }

    private FlowEdit RenameEdit(string id, string? from, string? to) => new(
        change => { _byId[id].DisplayName = to; change.NodeUpdated(id); },
        change => { _byId[id].DisplayName = from; change.NodeUpdated(id); });

    // The start belongs to no node the canvas draws, so it reports nothing.
    private FlowEdit StartEdit(string? from, string? to) => new(
        _ => Definition.Root.StartActivityId = to,
        _ => Definition.Root.StartActivityId = from);
}
