using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The hold music when a queue names none: a quiet, endlessly loopable arpeggio (C–E–G–E, then a rest) synthesised
/// once, so a fresh install plays music rather than silence or a ringback that sounds like nobody is there.
/// </summary>
public static class HoldMusic
{
    private const int Rate = AudioPrompt.SampleRate;
    private static readonly Lazy<AudioPrompt> Melody = new(Compose);

    /// <summary>Enough copies of a piece of hold music that a long wait never runs the playlist dry.</summary>
    public const int Repeats = 200;

    public static AudioPrompt Default => Melody.Value;

    /// <summary><paramref name="music"/> repeated <see cref="Repeats"/> times: one gapless playlist to play until cancelled.</summary>
    public static AudioPrompt[] Loop(AudioPrompt music) => Enumerable.Repeat(music, Repeats).ToArray();

    private static AudioPrompt Compose()
    {
        double[] notes = [523.25, 659.25, 783.99, 659.25, 523.25, 659.25, 783.99, 1046.50];
        const int noteSamples = Rate * 45 / 100;
        const int restSamples = Rate * 4 / 10;
        var samples = new short[notes.Length * noteSamples + restSamples];
        for (var n = 0; n < notes.Length; n++)
        {
            for (var i = 0; i < noteSamples; i++)
            {
                // A soft attack and an exponential decay, like a struck bell; a little second harmonic for warmth.
                var t = (double)i / Rate;
                var envelope = Math.Min(1.0, i / (Rate * 0.01)) * Math.Exp(-3.5 * t);
                var wave = Math.Sin(2 * Math.PI * notes[n] * t) + 0.25 * Math.Sin(4 * Math.PI * notes[n] * t);
                samples[n * noteSamples + i] = (short)(wave * envelope * 0.18 * short.MaxValue / 1.25);
            }
        }
        return new AudioPrompt(samples, "hold-music");
    }
}
