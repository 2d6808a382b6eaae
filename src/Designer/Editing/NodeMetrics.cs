namespace CallCenter.Designer.Editing;

/// <summary>
/// The size of a drawn activity node in diagram pixels: the canvas draws nodes with exactly these sizes, and
/// <see cref="DesignerSession.AutoLayout"/> spaces them by the same numbers so laid-out nodes never overlap.
/// </summary>
public static class NodeMetrics
{
    /// <summary>Width of every node.</summary>
    public const double Width = 220;

    /// <summary>Title line plus summary line.</summary>
    public const double HeaderHeight = 52;

    /// <summary>Height of one outcome port row.</summary>
    public const double PortRowHeight = 22;

    /// <summary>Padding below the last port row.</summary>
    public const double BottomPadding = 8;

    /// <summary>The height of a node with <paramref name="outcomes"/> output ports.</summary>
    public static double Height(int outcomes) => HeaderHeight + Math.Max(1, outcomes) * PortRowHeight + BottomPadding;
}
