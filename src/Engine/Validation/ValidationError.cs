namespace CallCenter.Engine.Validation;

/// <summary>A problem in a definition, naming the activity and property it is about so the designer can point at it.</summary>
public sealed record ValidationError(string? ActivityId, string? Property, string Message, ValidationSeverity Severity = ValidationSeverity.Error)
{
    public override string ToString()
    {
        var where = (ActivityId, Property) switch
        {
            (null, null) => "",
            (not null, null) => $"activity '{ActivityId}': ",
            (null, not null) => $"'{Property}': ",
            _ => $"activity '{ActivityId}', property '{Property}': ",
        };
        return Severity == ValidationSeverity.Warning ? $"warning: {where}{Message}" : where + Message;
    }
}
