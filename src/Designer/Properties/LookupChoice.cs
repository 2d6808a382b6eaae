namespace CallCenter.Designer.Properties;

/// <summary>A queue or skill the pickers offer: the value a flow stores and the label shown (the value when null).</summary>
public sealed record LookupChoice(string Value, string? Label = null)
{
    /// <summary>What the picker shows.</summary>
    public string Text => string.IsNullOrWhiteSpace(Label) ? Value : Label;
}
