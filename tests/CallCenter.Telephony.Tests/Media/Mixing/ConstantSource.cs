using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Tests.Media.Mixing;

/// <summary>A participant's input that says the same sample value every tick (or nothing) and counts its reads.</summary>
internal sealed class ConstantSource(short value, bool speaking = true) : IAudioSource
{
    public short Value { get; set; } = value;
    public bool Speaking { get; set; } = speaking;
    public int Reads { get; private set; }

    public bool Read(Span<short> frame)
    {
        Reads++;
        if (!Speaking) return false;
        frame.Fill(Value);
        return true;
    }
}
