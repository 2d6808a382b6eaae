namespace CallCenter.Engine.Models;

/// <summary>
/// One stored version of a definition, for a version history: when it was stored, by whom and with which note.
/// <see cref="IsPublished"/> is true only for the version that runs now; every older version was published once
/// (a draft is replaced in place until it is published).
/// </summary>
public sealed record DefinitionVersion(string DefinitionId, int Version, string Name, bool IsPublished, DateTimeOffset CreatedAt, string? ChangedBy, string? Note);
