namespace CallCenter.Activities.Calls;

/// <summary>Inbound IVR calls and the call activities (section <c>Ivr</c>).</summary>
public sealed class IvrOptions
{
    /// <summary>
    /// Called-number patterns, comma-separated (exact, or a prefix ending in '*'), that are ours even without a route:
    /// such a call hears <see cref="NotInServicePrompt"/> and is hung up, instead of going on to the extensions (404).
    /// Default <c>400*,800*,95*,123*</c>; empty = unrouted numbers always go on. Keep extensions out of these ranges.
    /// (One string rather than a list: configuration binding appends to a list's defaults instead of replacing them.)
    /// </summary>
    public string ServiceNumbers { get; set; } = "400*,800*,95*,123*";

    /// <summary>The library prompt played for a service number without a route (default <c>not-in-service</c>); when the library lacks it, <see cref="NotInServiceText"/> is spoken.</summary>
    public string NotInServicePrompt { get; set; } = "not-in-service";

    /// <summary>Spoken by TTS when the library has no <see cref="NotInServicePrompt"/>.</summary>
    public string NotInServiceText { get; set; } = "您拨打的号码不存在，请查证后再拨。";

    /// <summary>TTS voice of <see cref="NotInServiceText"/> (default <c>cmn</c>).</summary>
    public string NotInServiceVoice { get; set; } = "cmn";

    /// <summary>Where Record writes its WAV files, relative to the working directory (default <c>data/recordings</c>).</summary>
    public string RecordingsFolder { get; set; } = "data/recordings";

    /// <summary>
    /// How long recordings (messages, bridged calls) are kept: older WAV files under <see cref="RecordingsFolder"/> are
    /// deleted by <c>RecordingRetentionService</c> at start and every <see cref="RetentionSweepInterval"/>. Default zero =
    /// kept for ever (set e.g. <c>180.00:00:00</c> where rules ask for six months).
    /// </summary>
    public TimeSpan RecordingRetention { get; set; }

    /// <summary>How often the retention sweep runs (default 6 h).</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);
}
