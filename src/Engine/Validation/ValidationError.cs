namespace CallCenter.Engine.Validation;

/// <summary>
/// A problem in a definition, naming the activity and property (or outcome) it is about so the designer can point at
/// it: <see cref="ActivityId"/> selects the node, <see cref="Property"/> the field in its property panel,
/// <see cref="Outcome"/> the port that needs a connection.
/// </summary>
public sealed record ValidationError(string? ActivityId, string? Property, string Message, ValidationSeverity Severity = ValidationSeverity.Error)
{
    /// <summary>The outcome (port) of the activity the problem is about, e.g. a Menu option left unconnected; null when none.</summary>
    public string? Outcome { get; init; }

    public override string ToString()
    {
        var where = (ActivityId, Property) switch
        {
            (null, null) => "",
            (not null, null) => $"activity '{ActivityId}'",
            (null, not null) => $"'{Property}'",
            _ => $"activity '{ActivityId}', property '{Property}'",
        };
        if (Outcome is not null) where += where.Length == 0 ? $"outcome '{Outcome}'" : $", outcome '{Outcome}'";
        if (where.Length > 0) where += ": ";
        return Severity == ValidationSeverity.Warning ? $"warning: {where}{Message}" : where + Message;
    }
}
