namespace CallCenter.Designer.Properties;

/// <summary>A prompt of the library the prompt picker offers: its name (what a flow stores) and a URL the browser can play.</summary>
public sealed record PromptChoice(string Name, string? Url = null, string? Description = null);
