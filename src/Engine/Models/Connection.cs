namespace CallCenter.Engine.Models;

/// <summary>When <see cref="Source"/> ends with <see cref="Outcome"/>, <see cref="Target"/> runs next.</summary>
public sealed record Connection(string Source, string Outcome, string Target);
