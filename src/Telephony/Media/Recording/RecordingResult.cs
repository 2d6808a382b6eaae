namespace CallCenter.Telephony.Media.Recording;

/// <summary>The files written (null for those not asked for), the length recorded, why it stopped and frames lost to a stalled disk.</summary>
public sealed record RecordingResult(
    string? ReceivedPath,
    string? SentPath,
    string? MixedPath,
    TimeSpan Duration,
    RecordingStopReason Reason,
    long FramesDropped,
    string? StereoPath = null);
