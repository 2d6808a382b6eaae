using CallCenter.Activities.Calls;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Say;

/// <summary>
/// What the Say* activities share: voice, composition, barge-in, and playing on the instance's call like Play
/// (a caller hanging up cancels the instance at this activity).
/// </summary>
[Outcomes("Done", "Interrupted")]
public abstract class SayActivity : Activity
{
    [Input(DisplayName = "Voice", DisplayNameZh = "语音", Editor = InputEditor.Select, Options = ["cmn", "en"],
        Description = "cmn: Mandarin (一百二十三元), en: English.", DescriptionZh = "cmn：普通话（一百二十三元），en：英语。")]
    public Input<string> Voice { get; set; } = new("cmn");

    [Input(DisplayName = "Barge-in", DisplayNameZh = "允许打断", Description = "A key stops the reading (the key is kept for the next menu): outcome Interrupted.", DescriptionZh = "按键可打断播报（按键留给下一个菜单），走“被打断”。")]
    public Input<bool> BargeIn { get; set; } = new(false);

    [Input(DisplayName = "Composition", DisplayNameZh = "合成方式", Editor = InputEditor.Select, Options = ["Pieces", "Phrase"], SupportsExpressions = false,
        Description = "Pieces: word by word from cached pieces (fast). Phrase: one spoken sentence (smoother, synthesised once per value).",
        DescriptionZh = "Pieces：逐字拼接缓存的语音片段（快）；Phrase：整句合成（更自然，每个新数值合成一次）。")]
    public Input<string> Composition { get; set; } = new("Pieces");

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var voice = Voice.Get(context);
        var mode = Enum.TryParse<SayComposition>(Composition.Get(context), ignoreCase: true, out var parsed) ? parsed : SayComposition.Pieces;
        var text = SpokenText(context, voice);
        var prompts = await context.Services.GetRequiredService<SpeechComposer>().ComposeAsync(text, voice, mode, context.CancellationToken);
        calls.TraceOf(context)?.Prompt(context, null, text, voice);
        return await call.PlayAsync(prompts, BargeIn.Get(context), context.CancellationToken) switch
        {
            PlayOutcome.Completed => ActivityResult.Done,
            PlayOutcome.Interrupted => ActivityResult.FromOutcome("Interrupted"),
            _ => throw await calls.HungUpAsync(context),
        };
    }

    /// <summary>The words this activity's value is read as (<see cref="SayText"/>), which the composer speaks and the call trace keeps.</summary>
    protected abstract string SpokenText(ActivityContext context, string voice);

    /// <summary>Parses a decimal written with '.' (what templates render); a clear message otherwise.</summary>
    protected decimal ParseDecimal(string text, string what) =>
        decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"activity '{Id}': {what} '{text}' is not a number.");
}
