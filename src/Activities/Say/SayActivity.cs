using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Say;

/// <summary>What the Say* activities share: voice, composition, barge-in, and playing through <see cref="ICallAudioPlayer"/>.</summary>
[Outcomes("Done", "HungUp")]
public abstract class SayActivity : Activity
{
    [Input(DisplayName = "Voice", DisplayNameZh = "语音", Editor = InputEditor.Select, Options = ["cmn", "en"],
        Description = "cmn: Mandarin (一百二十三元), en: English.", DescriptionZh = "cmn：普通话（一百二十三元），en：英语。")]
    public Input<string> Voice { get; set; } = new("cmn");

    [Input(DisplayName = "Barge-in", DisplayNameZh = "按键打断", Description = "A key press stops the reading.", DescriptionZh = "来电者按键即停止播报。")]
    public Input<bool> BargeIn { get; set; } = new(true);

    [Input(DisplayName = "Composition", DisplayNameZh = "合成方式", Editor = InputEditor.Select, Options = ["Pieces", "Phrase"], SupportsExpressions = false,
        Description = "Pieces: word by word from cached pieces (fast). Phrase: one spoken sentence (smoother, synthesised once per value).",
        DescriptionZh = "Pieces：逐字拼接缓存的语音片段（快）；Phrase：整句合成（更自然，每个新数值合成一次）。")]
    public Input<string> Composition { get; set; } = new("Pieces");

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var voice = Voice.Get(context);
        var mode = Enum.TryParse<SayComposition>(Composition.Get(context), ignoreCase: true, out var parsed) ? parsed : SayComposition.Pieces;
        var composer = context.Services.GetRequiredService<SpeechComposer>();
        var prompts = await ComposeAsync(context, composer, voice, mode).ConfigureAwait(false);
        var player = context.Services.GetService<ICallAudioPlayer>()
            ?? throw new InvalidOperationException("No ICallAudioPlayer is registered: Say activities need the call binding of the call activities.");
        var outcome = await player.PlayAsync(context, prompts, BargeIn.Get(context), context.CancellationToken).ConfigureAwait(false);
        return ActivityResult.FromOutcome(outcome == PlayOutcome.HungUp ? "HungUp" : "Done");
    }

    /// <summary>The audio for this activity's value.</summary>
    protected abstract Task<IReadOnlyList<AudioPrompt>> ComposeAsync(ActivityContext context, SpeechComposer composer, string voice, SayComposition mode);

    /// <summary>Parses a decimal written with '.' (what templates render); a clear message otherwise.</summary>
    protected decimal ParseDecimal(string text, string what) =>
        decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"activity '{Id}': {what} '{text}' is not a number.");
}
