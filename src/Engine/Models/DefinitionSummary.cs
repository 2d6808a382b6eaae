namespace CallCenter.Engine.Models;

/// <summary>A row of the flow list: one stored version of a definition.</summary>
public sealed record DefinitionSummary(string Id, string Name, int Version, bool IsPublished, DateTimeOffset CreatedAt);
