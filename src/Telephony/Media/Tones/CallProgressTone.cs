namespace CallCenter.Telephony.Media.Tones;

/// <summary>Call-progress tones the generator can play.</summary>
public enum CallProgressTone
{
    /// <summary>Ringback (the caller hears the far end ringing).</summary>
    Ringback,

    /// <summary>Busy.</summary>
    Busy,
}
