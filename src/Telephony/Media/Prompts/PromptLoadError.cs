namespace CallCenter.Telephony.Media.Prompts;

/// <summary>Why a prompt could not be loaded.</summary>
public enum PromptLoadError
{
    /// <summary>Loaded.</summary>
    None,

    /// <summary>No file at the path.</summary>
    NotFound,

    /// <summary>A WAV whose header or data ends early (e.g. a half-finished upload).</summary>
    Truncated,

    /// <summary>Not a RIFF/WAVE file.</summary>
    NotWav,

    /// <summary>A WAV in an encoding we cannot convert (e.g. ADPCM, MP3-in-WAV).</summary>
    Unsupported,

    /// <summary>A well-formed WAV without a single sample.</summary>
    Empty,

    /// <summary>The file exists but could not be read (permissions, I/O error).</summary>
    Unreadable,
}
