namespace CallCenter.Telephony.Rtp;

/// <summary>Sender information of an RTCP SR (RFC 3550 §6.4.1).</summary>
public readonly record struct RtcpSenderInfo(
    ulong NtpTimestamp,
    uint RtpTimestamp,
    uint PacketCount,
    uint OctetCount)
{
    /// <summary>Size on the wire.</summary>
    public const int Size = 20;

    private static readonly DateTime NtpEpoch = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The middle 32 bits of the NTP timestamp: what a receiver echoes as LSR.</summary>
    public uint NtpMiddle32 => (uint)(NtpTimestamp >> 16);

    /// <summary>Converts a wall-clock time to a 64-bit NTP timestamp (32.32 fixed point since 1900).</summary>
    public static ulong ToNtp(DateTimeOffset time)
    {
        TimeSpan since = time.UtcDateTime - NtpEpoch;
        ulong seconds = (ulong)(since.Ticks / TimeSpan.TicksPerSecond);
        ulong fraction = (ulong)(since.Ticks % TimeSpan.TicksPerSecond) * (1UL << 32) / TimeSpan.TicksPerSecond;
        return (seconds << 32) | fraction;
    }

    /// <summary>Converts a delay to the 1/65536 s units of the DLSR field.</summary>
    public static uint ToDlsr(TimeSpan delay) =>
        delay <= TimeSpan.Zero ? 0 : (uint)Math.Min(uint.MaxValue, delay.Ticks * 65536 / TimeSpan.TicksPerSecond);
}
