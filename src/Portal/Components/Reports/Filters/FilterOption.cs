namespace CallCenter.Portal.Components.Reports.Filters;

/// <summary>One value a report filter picker offers: what the filter carries (<see cref="Value"/>) and a readable name beside it.</summary>
public sealed record FilterOption(string Value, string? Name)
{
    /// <summary>"8001 陈静": the value, then the name when there is one.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Value : $"{Value} {Name}";

    /// <summary>True when the typed text is part of the value or of the name, ignoring case (Chinese names match as typed).</summary>
    public bool Matches(string text) =>
        Value.Contains(text, StringComparison.OrdinalIgnoreCase) || (Name?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);
}
