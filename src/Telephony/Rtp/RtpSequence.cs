namespace CallCenter.Telephony.Rtp;

/// <summary>Modular arithmetic on 16-bit sequence numbers and 32-bit timestamps (both wrap).</summary>
public static class RtpSequence
{
    /// <summary>Signed distance from <paramref name="from"/> to <paramref name="to"/> in [-32768, 32767].</summary>
    public static int Delta(ushort from, ushort to) => (short)(ushort)(to - from);

    /// <summary>Whether <paramref name="candidate"/> comes after <paramref name="reference"/> (within half the space).</summary>
    public static bool IsNewer(ushort candidate, ushort reference) => Delta(reference, candidate) > 0;

    /// <summary>Signed distance between two RTP timestamps, robust to wrap.</summary>
    public static int TimestampDelta(uint from, uint to) => (int)(to - from);

    /// <summary>Whether timestamp <paramref name="candidate"/> is later than <paramref name="reference"/>.</summary>
    public static bool IsNewerTimestamp(uint candidate, uint reference) => TimestampDelta(reference, candidate) > 0;
}
