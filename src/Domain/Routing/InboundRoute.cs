namespace CallCenter.Domain.Routing;

/// <summary>
/// Which flow answers a called number (呼入路由), optionally only for callers matching a pattern (smart
/// routing: a region's prefix, a VIP's number). Data, so routes change without a deploy.
/// </summary>
public sealed class InboundRoute
{
    public int Id { get; set; }
    /// <summary>The dialled number, normalised ("12345", "4008001234").</summary>
    public string CalledNumber { get; set; } = "";
    /// <summary>Null for every caller; else an exact number or prefix ending in '*' (see <see cref="Numbers.NumberPattern"/>).</summary>
    public string? CallerPattern { get; set; }
    /// <summary>The id of the workflow definition started for the call (e.g. "hotline-12345"); its latest published version runs.</summary>
    public string WorkflowDefinitionId { get; set; } = "";
    /// <summary>Breaks ties between equally specific routes: higher first. Default 0.</summary>
    public int Priority { get; set; }
    public bool Enabled { get; set; } = true;
    public string? Description { get; set; }
}
