namespace CallCenter.Telephony.Media.Recording;

/// <summary>What a <see cref="CallRecorder"/> records and when it stops. At least one path must be given.</summary>
public sealed record RecordingOptions
{
    /// <summary>WAV of what the leg received — what the caller says (null = not recorded).</summary>
    public string? ReceivedPath { get; init; }

    /// <summary>WAV of what the leg sent — what the caller hears (null = not recorded).</summary>
    public string? SentPath { get; init; }

    /// <summary>WAV of both directions summed, clipped to 16 bits (null = not recorded).</summary>
    public string? MixedPath { get; init; }

    /// <summary>
    /// Stereo WAV: left = what the leg received (the caller), right = what it sent (for a bridged call, the agent) —
    /// each party on its own channel for quality review and speech analytics (null = not recorded).
    /// </summary>
    public string? StereoPath { get; init; }

    /// <summary>Longest recording (default null = until stopped).</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>A digit that stops the recording when the owner passes it to <see cref="CallRecorder.NotifyDigit"/> (e.g. '#'; default none).</summary>
    public char? StopDigit { get; init; }

    /// <summary>Stop after the caller (received audio) has been silent this long (default null = never).</summary>
    public TimeSpan? SilenceTimeout { get; init; }

    /// <summary>Mean absolute amplitude under which a frame counts as silence (default 256 ≈ -42 dBFS).</summary>
    public int SilenceThreshold { get; init; } = 256;

    /// <summary>Frames the clock thread may run ahead of the file writer (default 250 = 5 s); beyond, frames are dropped and counted.</summary>
    public int QueueFrames { get; init; } = 250;
}
