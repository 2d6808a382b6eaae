using CallCenter.Telephony.Media;

namespace CallCenter.Bench.Mixer;

/// <summary>A participant's received audio as the mixer sees it in a call: one 160-sample frame copied per read (like <c>ReceivedAudio</c>).</summary>
internal sealed class FrameSource(short[] frame) : IAudioSource
{
    public bool Read(Span<short> destination)
    {
        frame.AsSpan(0, Math.Min(frame.Length, destination.Length)).CopyTo(destination);
        return true;
    }
}
