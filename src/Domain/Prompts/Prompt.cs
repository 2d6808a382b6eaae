namespace CallCenter.Domain.Prompts;

/// <summary>
/// A recorded prompt of the library (提示音), played by name from flows. The audio is stored once,
/// converted to 8 kHz mono 16-bit WAV, under the data folder; a replacement gets a new file so a
/// call already playing the old one is never cut.
/// </summary>
public sealed class Prompt
{
    public int Id { get; set; }
    /// <summary>The name flows use, e.g. <c>welcome</c> or <c>12345-night</c>; unique.</summary>
    public string Name { get; set; } = "";
    /// <summary>Language tag of the recording, e.g. <c>zh-CN</c> or <c>en</c>.</summary>
    public string Language { get; set; } = "zh-CN";
    public string? Description { get; set; }
    /// <summary>Path of the converted WAV relative to the data folder, e.g. <c>prompts/welcome-3f2a9c1d.wav</c>.</summary>
    public string FilePath { get; set; } = "";
    /// <summary>Length of the audio in milliseconds.</summary>
    public int DurationMs { get; set; }
    /// <summary>The name of the file as uploaded, for the admin UI.</summary>
    public string? OriginalFileName { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When the audio was last replaced (equals <see cref="CreatedAt"/> until then).</summary>
    public DateTime UpdatedAt { get; set; }
}
