namespace CallCenter.Designer.Properties;

/// <summary>A variable scripts can read, listed beside an expression: its name and what it holds, in the user's language.</summary>
public sealed record DesignerVariable(string Name, string? Description = null);
