namespace CallCenter.Activities.Say;

/// <summary>How <see cref="SpeechComposer"/> turns words into audio.</summary>
public enum SayComposition
{
    /// <summary>Each word (汉字 or English word) is a cached TTS piece, trimmed of silence and played back to back: after warm-up nothing is synthesised at call time.</summary>
    Pieces,
    /// <summary>The whole phrase in one TTS call (smoother, but each new value is synthesised once).</summary>
    Phrase,
}
