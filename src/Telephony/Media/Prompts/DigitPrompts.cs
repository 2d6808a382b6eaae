using CallCenter.Telephony.Media.Tones;

namespace CallCenter.Telephony.Media.Prompts;

/// <summary>
/// The prompts of the digit read-back test: spoken by espeak-ng when it is installed, otherwise
/// tones (a beep for the greeting, each digit as its DTMF tone). Made once and shared by all calls.
/// </summary>
public sealed class DigitPrompts
{
    private readonly Dictionary<char, AudioPrompt> _digits = [];

    private DigitPrompts(AudioPrompt greeting, bool spoken)
    {
        Greeting = greeting;
        Spoken = spoken;
    }

    public AudioPrompt Greeting { get; }
    /// <summary>True when the prompts are speech, false when tones stand in.</summary>
    public bool Spoken { get; }

    public AudioPrompt For(char digit) => _digits[digit];

    public static DigitPrompts Create()
    {
        var spokenGreeting = EspeakSpeech.TrySpeak("Please enter some digits, then press the pound key.");
        var prompts = new DigitPrompts(spokenGreeting ?? Beep(), spokenGreeting is not null);
        foreach (var digit in "0123456789*#")
        {
            var word = digit switch { '*' => "star", '#' => "pound", _ => digit.ToString() };
            prompts._digits[digit] = (prompts.Spoken ? EspeakSpeech.TrySpeak(word) : null) ?? Tone(digit);
        }
        return prompts;
    }

    private static AudioPrompt Beep()
    {
        var samples = new short[2400];
        new ToneGenerator(new ToneDefinition(400, 0, 0.25, 1000, 0)).Fill(samples);
        return new AudioPrompt(samples, "beep");
    }

    private static AudioPrompt Tone(char digit)
    {
        ToneDefinition.TryForDtmf(digit, out var tone);
        var samples = new short[2400];
        new ToneGenerator(tone).Fill(samples.AsSpan(0, 1600));
        return new AudioPrompt(samples, $"tone-{digit}");
    }
}
