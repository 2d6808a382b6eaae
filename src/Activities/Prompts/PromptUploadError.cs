namespace CallCenter.Activities.Prompts;

/// <summary>Why an upload was refused; nothing is stored in any of these cases.</summary>
public enum PromptUploadError
{
    /// <summary>Stored.</summary>
    None,
    /// <summary>The name is empty, too long or holds control characters.</summary>
    InvalidName,
    /// <summary>A prompt of that name exists and replacing was not asked for.</summary>
    AlreadyExists,
    /// <summary>The file ends early: a half-finished upload.</summary>
    Truncated,
    /// <summary>Neither WAV nor MP3.</summary>
    NotAudio,
    /// <summary>A WAV/MP3 we cannot decode (e.g. ADPCM, broken frames).</summary>
    Unsupported,
    /// <summary>A well-formed file without audio.</summary>
    Empty,
    /// <summary>Larger than <see cref="PromptStorageOptions.MaxUploadBytes"/>.</summary>
    TooLarge,
}
