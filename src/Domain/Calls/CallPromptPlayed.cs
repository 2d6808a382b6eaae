namespace CallCenter.Domain.Calls;

/// <summary>One prompt played to the caller: a library prompt (<see cref="Name"/>) or the text actually spoken by TTS (<see cref="Text"/>, templates rendered).</summary>
public sealed record CallPromptPlayed(string ActivityId, string? Name, string? Text, string? Voice, DateTimeOffset At);
