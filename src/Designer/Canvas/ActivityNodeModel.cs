using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using CallCenter.Designer.Editing;

namespace CallCenter.Designer.Canvas;

/// <summary>
/// One activity on the canvas: its title, icon and summary, one input port and one output port per outcome. Its size
/// and port positions follow <see cref="NodeMetrics"/> (no measuring in the browser), so 150 nodes open without a
/// round trip per port.
/// </summary>
public sealed class ActivityNodeModel : NodeModel
{
    /// <summary>Width and height of a port dot.</summary>
    public const double PortSize = 12;

    private readonly List<OutcomePortModel> _outcomes = [];

    public ActivityNodeModel(string id, Point position) : base(id, position)
    {
        ControlledSize = true;
        Size = new Size(NodeMetrics.Width, NodeMetrics.Height(0));
        Input = new InputPortModel(this, Offset(-PortSize / 2, RowCenter(0) - PortSize / 2)) { Initialized = true };
        AddPort(Input);
    }

    public string TypeName { get; private set; } = "";
    public string DisplayTitle { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string? Icon { get; private set; }
    public InputPortModel Input { get; }
    public IReadOnlyList<OutcomePortModel> OutcomePorts => _outcomes;

    /// <summary>Where a shown run (<see cref="FlowTrail"/>) has this node: not on it, passed, or running now.</summary>
    public TrailMark Trail { get; private set; }

    /// <summary>The shown run's short text for this node (time and keys, counts), if any.</summary>
    public string? TrailBadge { get; private set; }

    public OutcomePortModel? PortOf(string outcome) => _outcomes.Find(p => p.Outcome == outcome);

    /// <summary>Top of port row <paramref name="row"/> relative to the node.</summary>
    public static double RowTop(int row) => NodeMetrics.HeaderHeight + row * NodeMetrics.PortRowHeight;

    internal bool Describe(string typeName, string title, string summary, string? icon)
    {
        if (TypeName == typeName && DisplayTitle == title && Summary == summary && Icon == icon) return false;
        (TypeName, DisplayTitle, Summary, Icon) = (typeName, title, summary, icon);
        return true;
    }

    /// <summary>Makes the output ports match <paramref name="outcomes"/> in order; returns the ports that went away.</summary>
    internal bool MarkTrail(TrailMark mark, string? badge)
    {
        if (Trail == mark && TrailBadge == badge) return false;
        (Trail, TrailBadge) = (mark, badge);
        return true;
    }

    internal List<OutcomePortModel> SetOutcomes(IReadOnlyList<string> outcomes)
    {
        var removed = _outcomes.Where(p => !outcomes.Contains(p.Outcome)).ToList();
        foreach (var port in removed)
        {
            _outcomes.Remove(port);
            RemovePort(port);
        }
        for (var row = 0; row < outcomes.Count; row++)
        {
            var port = PortOf(outcomes[row]);
            var at = Offset(NodeMetrics.Width - PortSize / 2, RowCenter(row) - PortSize / 2);
            if (port is null)
            {
                port = new OutcomePortModel(this, outcomes[row], at) { Initialized = true };
                AddPort(port);
                _outcomes.Add(port);
            }
            else if (port.Row != row)
            {
                port.Position = at;
                port.RefreshAll();
            }
            port.Row = row;
        }
        _outcomes.Sort((a, b) => a.Row.CompareTo(b.Row));
        Size = new Size(NodeMetrics.Width, NodeMetrics.Height(outcomes.Count));
        return removed;
    }

    private static double RowCenter(int row) => RowTop(row) + NodeMetrics.PortRowHeight / 2;

    private Point Offset(double x, double y) => new(Position.X + x, Position.Y + y);
}
