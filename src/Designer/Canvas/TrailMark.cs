namespace CallCenter.Designer.Canvas;

/// <summary>How a node stands on a shown run (<see cref="FlowTrail"/>).</summary>
public enum TrailMark
{
    /// <summary>No run shown, or the run did not pass here.</summary>
    None,

    /// <summary>The run passed here.</summary>
    Visited,

    /// <summary>The run is here now.</summary>
    Current,
}
