using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Tones;

namespace CallCenter.Telephony.Sessions.FeatureCodes;

/// <summary>What a feature code plays when the application gives no prompt: a rising three-note tone for success, three busy cadences for refusal.</summary>
internal static class ConfirmationTones
{
    /// <summary>600, 800, 1,000 Hz for 150 ms each (0.45 s).</summary>
    public static readonly AudioPrompt Success = Make("confirmation tone", [(600, 150), (800, 150), (1000, 150)]);

    /// <summary>The busy tone (China: 450 Hz, 0.35 s on / 0.35 s off), three times (2.1 s).</summary>
    public static readonly AudioPrompt Refusal = MakeBusy();

    private static AudioPrompt Make(string name, (double Hz, int Ms)[] notes)
    {
        var samples = new List<short>();
        foreach (var (hz, ms) in notes)
        {
            var frame = new short[ToneGenerator.SampleRate * ms / 1000];
            new ToneGenerator(new ToneDefinition(hz, 0, 0.25, 0, 0)).Fill(frame);
            samples.AddRange(frame);
        }
        return new AudioPrompt(samples.ToArray(), name);
    }

    private static AudioPrompt MakeBusy()
    {
        var samples = new short[ToneGenerator.SampleRate * 2100 / 1000];
        new ToneGenerator(ToneScheme.China, CallProgressTone.Busy).Fill(samples);
        return new AudioPrompt(samples, "busy tone");
    }
}
