namespace CallCenter.Telephony.Media.Recording;

/// <summary>Why a recording ended.</summary>
public enum RecordingStopReason
{
    /// <summary>Stopped by its owner (hang-up, unbridge, the app).</summary>
    Stopped,

    /// <summary><see cref="RecordingOptions.MaxDuration"/> was reached.</summary>
    MaxDuration,

    /// <summary>The caller pressed <see cref="RecordingOptions.StopDigit"/>.</summary>
    Digit,

    /// <summary>The caller was silent for <see cref="RecordingOptions.SilenceTimeout"/>.</summary>
    Silence,

    /// <summary>Writing the file failed (disk full, permissions); what was written before is kept.</summary>
    WriteFailed,
}
