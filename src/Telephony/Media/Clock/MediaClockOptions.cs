namespace CallCenter.Telephony.Media.Clock;

/// <summary>Settings of the one media clock (section <c>Telephony:MediaClock</c>).</summary>
public sealed class MediaClockOptions
{
    /// <summary>The packetisation interval every stream is paced at. Default 20 ms (one G.711 frame of 160 samples).</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How long before a tick the clock stops sleeping and spins, because the OS wakes a sleeper ~1 ms late. Default 1 ms.</summary>
    public TimeSpan SpinThreshold { get; set; } = TimeSpan.FromMilliseconds(1);

    /// <summary>Lateness beyond which missed ticks are skipped rather than run back to back (a burst would reach phones as a packet train). Default 60 ms (3 ticks).</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromMilliseconds(60);
}
