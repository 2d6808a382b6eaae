namespace CallCenter.Domain.Calls;

/// <summary>A recording of the caller made during the flow: the WAV's path and length.</summary>
public sealed record CallRecordingMade(string ActivityId, string? Path, double DurationSeconds);
