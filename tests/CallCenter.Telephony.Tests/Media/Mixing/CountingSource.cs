using CallCenter.Telephony.Media;

namespace CallCenter.Telephony.Tests.Media.Mixing;

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
