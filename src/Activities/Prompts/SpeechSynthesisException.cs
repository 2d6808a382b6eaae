namespace CallCenter.Activities.Prompts;

/// <summary>espeak-ng is missing or failed: the text could not be spoken.</summary>
public sealed class SpeechSynthesisException(string message, Exception? inner = null) : Exception(message, inner);
