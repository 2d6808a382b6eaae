namespace CallCenter.Telephony.Media;

/// <summary>Audio for a stream, pulled one 20 ms frame (160 samples at 8 kHz) per media-clock tick.</summary>
public interface IAudioSource
{
    /// <summary>Fills <paramref name="frame"/>; false when there is nothing to send this tick.</summary>
    bool Read(Span<short> frame);
}
