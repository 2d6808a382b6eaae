namespace CallCenter.Engine.Models;

/// <summary>The persisted state of one run of a definition version.</summary>
public sealed class WorkflowInstance
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? CorrelationId { get; set; }
    public Dictionary<string, object?> Variables { get; set; } = new(StringComparer.Ordinal);
    public List<Bookmark> Bookmarks { get; set; } = [];
    /// <summary>Inbound connections already arrived at each wait-all join, keyed by join id.</summary>
    public Dictionary<string, List<string>> JoinArrivals { get; set; } = new(StringComparer.Ordinal);
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? FaultMessage { get; set; }
    /// <summary>Optimistic concurrency: incremented at every save; 0 means never saved.</summary>
    public long Revision { get; set; }

    public bool IsEnded => Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled or WorkflowStatus.Faulted;

    /// <summary>A deep copy: lists and dictionaries in variables are copied, other values are immutable.</summary>
    public WorkflowInstance Clone()
    {
        var copy = (WorkflowInstance)MemberwiseClone();
        copy.Variables = new Dictionary<string, object?>(Variables.Count, StringComparer.Ordinal);
        foreach (var (name, value) in Variables) copy.Variables[name] = CloneValue(value);
        copy.Bookmarks = new List<Bookmark>(Bookmarks.Count);
        foreach (var bookmark in Bookmarks) copy.Bookmarks.Add(bookmark.Clone());
        copy.JoinArrivals = new Dictionary<string, List<string>>(JoinArrivals.Count, StringComparer.Ordinal);
        foreach (var (join, arrived) in JoinArrivals) copy.JoinArrivals[join] = [.. arrived];
        return copy;
    }

    private static object? CloneValue(object? value) => value switch
    {
        List<object?> list => list.ConvertAll(CloneValue),
        Dictionary<string, object?> map => map.ToDictionary(e => e.Key, e => CloneValue(e.Value), StringComparer.Ordinal),
        _ => value,
    };
}
