using System.Collections.Concurrent;
using CallCenter.Activities.Prompts;
using CallCenter.Telephony.Media.Prompts;

namespace CallCenter.Activities.Say;

/// <summary>
/// Values → audio for the Say* activities and any Play-style activity: the words come from <see cref="SayText"/>,
/// the sound from the TTS cache. By default (<see cref="SayComposition.Pieces"/>) each word is a separately
/// cached piece with its silence trimmed, so reading a new balance costs no synthesis at all: the vocabulary
/// is small (about 25 汉字, 40 English words) and synthesised once.
/// </summary>
public sealed class SpeechComposer(TtsCache tts)
{
    // Samples quieter than this (of 32767) at either end of a piece are espeak-ng's lead-in/tail silence.
    private const int SilenceThreshold = 400;
    // Keep 15 ms around each word so pieces do not click into each other.
    private const int Margin = 120;

    private readonly ConcurrentDictionary<(string Word, string Voice), Lazy<Task<AudioPrompt>>> _pieces = new();

    public Task<IReadOnlyList<AudioPrompt>> NumberAsync(decimal value, string voice, SayComposition mode = SayComposition.Pieces, CancellationToken ct = default) =>
        ComposeAsync(SayText.Number(value, voice), voice, mode, ct);

    public Task<IReadOnlyList<AudioPrompt>> DigitsAsync(string digits, string voice, SayComposition mode = SayComposition.Pieces, CancellationToken ct = default) =>
        ComposeAsync(SayText.Digits(digits, voice), voice, mode, ct);

    public Task<IReadOnlyList<AudioPrompt>> DateAsync(DateOnly date, string voice, SayComposition mode = SayComposition.Pieces, CancellationToken ct = default) =>
        ComposeAsync(SayText.Date(date, voice), voice, mode, ct);

    public Task<IReadOnlyList<AudioPrompt>> MoneyAsync(decimal amount, string voice, SayComposition mode = SayComposition.Pieces, CancellationToken ct = default) =>
        ComposeAsync(SayText.Money(amount, voice), voice, mode, ct);

    /// <summary>Speaks <paramref name="text"/>: one cached phrase, or one cached piece per word.</summary>
    public async Task<IReadOnlyList<AudioPrompt>> ComposeAsync(string text, string voice, SayComposition mode = SayComposition.Pieces, CancellationToken ct = default)
    {
        if (mode == SayComposition.Phrase) return [await tts.SpeakAsync(text, voice, ct).ConfigureAwait(false)];
        var words = Words(text, voice);
        var prompts = new AudioPrompt[words.Count];
        for (int i = 0; i < words.Count; i++) prompts[i] = await PieceAsync(words[i], voice, ct).ConfigureAwait(false);
        return prompts;
    }

    /// <summary>
    /// Synthesises the whole vocabulary of <paramref name="voice"/> ahead of the first call, one word at a time: a warm-up
    /// must never hold all espeak-ng slots while a caller's prompt waits (it did, and the first calls after a start on a
    /// busy machine waited tens of seconds for their welcome).
    /// </summary>
    public async Task WarmUpAsync(string voice, CancellationToken ct = default)
    {
        var vocabulary = SayText.IsChinese(voice)
            ? "零一二三四五六七八九十百千万亿两负点元角分年月日星号井".Select(c => c.ToString())
            : "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion minus point dollar dollars cent cents and star pound oh".Split(' ');
        foreach (var word in vocabulary) await PieceAsync(word, voice, ct).ConfigureAwait(false);
    }

    /// <summary>The words a text is cut into: each 汉字 for Mandarin (星号 and 井号 stay whole), else words split at spaces, hyphens and commas.</summary>
    public static IReadOnlyList<string> Words(string text, string voice)
    {
        if (!SayText.IsChinese(voice)) return text.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (i + 1 < text.Length && text[i + 1] == '号') { words.Add(text.Substring(i, 2)); i++; continue; }
            words.Add(text[i].ToString());
        }

        return words;
    }

    private async ValueTask<AudioPrompt> PieceAsync(string word, string voice, CancellationToken ct)
    {
        var entry = _pieces.GetOrAdd((word, voice), k => new Lazy<Task<AudioPrompt>>(async () => Trim(await tts.SpeakAsync(k.Word, k.Voice).ConfigureAwait(false))));
        try
        {
            return await entry.Value.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            _pieces.TryRemove(new((word, voice), entry));
            throw;
        }
    }

    /// <summary>The prompt without the near-silence at its start and end (keeping a short margin).</summary>
    public static AudioPrompt Trim(AudioPrompt prompt)
    {
        var samples = prompt.Samples[..prompt.SampleCount];
        int first = 0, last = samples.Length - 1;
        while (first <= last && Math.Abs((int)samples[first]) < SilenceThreshold) first++;
        while (last >= first && Math.Abs((int)samples[last]) < SilenceThreshold) last--;
        if (first > last) return prompt;
        first = Math.Max(0, first - Margin);
        last = Math.Min(samples.Length - 1, last + Margin);
        return new AudioPrompt(samples[first..(last + 1)], prompt.Name);
    }
}
