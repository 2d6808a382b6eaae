namespace CallCenter.Activities.Prompts;

/// <summary>Where prompts and the TTS cache live, and the limits of uploads (section <c>Prompts</c>).</summary>
public sealed class PromptStorageOptions
{
    /// <summary>The data folder; prompts go to <c>prompts/</c> and spoken text to <c>tts/</c> under it. Default: <c>data</c> (relative to the working directory).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Largest upload accepted, in bytes. Default: 50 MiB (about 5 minutes of 44.1 kHz stereo WAV).</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>
    /// How often a prompt cached in memory is checked against the database (one indexed query), so a prompt
    /// replaced or deleted through another node is picked up. Default: 30 s.
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Spoken phrases kept in memory (each a few KiB to a few hundred KiB); the disk cache keeps all. Default: 5,000.</summary>
    public int TtsMemoryEntries { get; set; } = 5000;

    /// <summary>espeak-ng processes run at once. Default: the number of processor cores.</summary>
    public int TtsConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>espeak-ng speaking rate in words per minute. Default: 150.</summary>
    public int TtsWordsPerMinute { get; set; } = 150;

    /// <summary>The espeak-ng executable: a path, or a name looked up on PATH. Default: <c>espeak-ng</c>.</summary>
    public string EspeakExecutable { get; set; } = "espeak-ng";

    internal string PromptsDirectory => Path.Combine(DataDirectory, "prompts");
    internal string TtsDirectory => Path.Combine(DataDirectory, "tts");
}
