namespace CallCenter.Engine.Abstractions;

/// <summary>
/// Base of every activity. One object is built per node of a definition version and shared by all
/// its instances, so an activity keeps no state of its own: state lives in variables and bookmarks.
/// </summary>
public abstract class Activity
{
    /// <summary>The node id this object was built for.</summary>
    public string Id { get; internal set; } = "";

    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Called when a bookmark this activity created is resumed; <see cref="ActivityContext.ResumeInput"/> holds the input.</summary>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => new(ActivityResult.Done);

    /// <summary>Outcomes computed from literal inputs (e.g. a menu's options); null to use the declared ones.</summary>
    public virtual IReadOnlyList<string>? GetDynamicOutcomes() => null;

    /// <summary>
    /// Called once when the flow is compiled, after inputs are bound: compile scripts held inside literal
    /// inputs (e.g. a switch's case conditions) and report problems as (property, message) pairs.
    /// </summary>
    public virtual IEnumerable<(string Property, string Message)> Compile(Expressions.ExpressionEngine expressions) => [];
}
