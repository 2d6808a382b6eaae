using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;

namespace CallCenter.Designer.Canvas;

/// <summary>The one input port of an activity node, where links from outcomes arrive; no link starts here.</summary>
public sealed class InputPortModel(ActivityNodeModel parent, Point position)
    : PortModel($"{parent.Id}/in", parent, PortAlignment.Left, position, new Size(ActivityNodeModel.PortSize, ActivityNodeModel.PortSize))
{
    public override bool CanAttachTo(ILinkable other) => false;
}
