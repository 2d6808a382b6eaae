using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace CallCenter.Designer.Canvas;

/// <summary>The output port of one outcome of an activity node; a link from it is the connection of that outcome.</summary>
public sealed class OutcomePortModel(ActivityNodeModel parent, string outcome, Point position)
    : PortModel($"{parent.Id}/{outcome}", parent, PortAlignment.Right, position, new Size(ActivityNodeModel.PortSize, ActivityNodeModel.PortSize))
{
    public string Outcome { get; } = outcome;

    /// <summary>Row of the port in the node (0 = first outcome); set when the outcomes change.</summary>
    public int Row { get; internal set; }

    // An outcome leads to an activity (its input port or the node itself), loops to itself included.
    public override bool CanAttachTo(ILinkable other) => other is InputPortModel or ActivityNodeModel;
}
