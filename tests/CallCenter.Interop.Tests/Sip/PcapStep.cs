namespace CallCenter.Interop.Tests.Sip;

/// <summary>What a caller sends from <see cref="AtMs"/> after the pcap starts: RFC 4733 digits, or a 440 Hz PCMU tone until <see cref="UntilMs"/>.</summary>
public sealed record PcapStep(int AtMs, string? Digits, int UntilMs)
{
    public static PcapStep Keys(int atMs, string digits) => new(atMs, digits, 0);

    public static PcapStep Tone(int fromMs, int untilMs) => new(fromMs, null, untilMs);
}
