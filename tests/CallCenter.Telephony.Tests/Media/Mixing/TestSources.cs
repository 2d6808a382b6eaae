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

/// <summary>An input that says a new value on each read (its read count): a second read in one tick would show in the mix.</summary>
internal sealed class CountingSource(short start) : IAudioSource
{
    public int Reads { get; private set; }

    public bool Read(Span<short> frame)
    {
        frame.Fill((short)(start + Reads));
        Reads++;
        return true;
    }
}
