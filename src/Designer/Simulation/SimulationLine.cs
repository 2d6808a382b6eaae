namespace CallCenter.Designer.Simulation;

/// <summary>One line of a simulated call's transcript: what happened, its text (a prompt's words or name, a key), the audio to play for a prompt, and the node it came from.</summary>
public sealed record SimulationLine(SimulationLineKind Kind, string Text, DateTimeOffset At, string? AudioUrl = null, string? ActivityId = null);
