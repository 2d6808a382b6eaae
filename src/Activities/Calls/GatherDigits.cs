using CallCenter.Telephony.Sessions;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Input;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>Optionally plays a prompt, then collects keys (a ticket or card number) into a variable until the maximum, the terminator or a timeout.</summary>
[Activity("Call", "Gather digits", "Plays an optional prompt and collects keys (up to a maximum, ended by # or a timeout) into a variable.",
    CategoryZh = "通话", DisplayNameZh = "收号", DescriptionZh = "可先放音，然后收集按键（达到位数、按 # 结束或超时）存入变量。", Icon = "pin")]
[Outcomes("Collected", "Timeout")]
public sealed class GatherDigits : Activity
{
    [Input(DisplayName = "Prompt", DisplayNameZh = "提示音", Editor = InputEditor.Prompt, Description = "Name in the prompt library.", DescriptionZh = "语音库中的名称。")]
    public Input<string> Prompt { get; set; } = new("");

    [Input(DisplayName = "Text", DisplayNameZh = "文本", Editor = InputEditor.MultiLine, Description = "Spoken by TTS after the prompt.", DescriptionZh = "在提示音之后由 TTS 朗读。")]
    public Input<string> Text { get; set; } = new("");

    [Input(DisplayName = "Voice", DisplayNameZh = "发音人", Editor = InputEditor.Select, Options = ["cmn", "en"], Description = "TTS voice.", DescriptionZh = "TTS 发音人。")]
    public Input<string> Voice { get; set; } = new("cmn");

    [Input(DisplayName = "Maximum length", DisplayNameZh = "最大位数", Description = "Keys after which collection ends (0 = until the terminator or a timeout; default 20).", DescriptionZh = "收满即结束的位数（0 表示直到结束键或超时；默认 20）。")]
    public Input<int> MaxDigits { get; set; } = new(20);

    [Input(DisplayName = "Terminator", DisplayNameZh = "结束键", Description = "Key that ends the input, not stored (default #; empty = none).", DescriptionZh = "结束输入的按键，不计入结果（默认 #；留空表示无）。")]
    public Input<string> Terminator { get; set; } = new("#");

    [Input(DisplayName = "First-key timeout", DisplayNameZh = "首位超时", Description = "Seconds to wait for the first key (default 5).", DescriptionZh = "等待第一位按键的秒数（默认 5）。")]
    public Input<TimeSpan> FirstDigitTimeout { get; set; } = new(TimeSpan.FromSeconds(5));

    [Input(DisplayName = "Inter-key timeout", DisplayNameZh = "位间超时", Description = "Seconds to wait for each further key (default 3).", DescriptionZh = "等待后续每一位按键的秒数（默认 3）。")]
    public Input<TimeSpan> InterDigitTimeout { get; set; } = new(TimeSpan.FromSeconds(3));

    [Input(DisplayName = "Barge-in", DisplayNameZh = "允许打断", Description = "A key stops the prompt and counts (default on).", DescriptionZh = "按键可打断放音并计入（默认开启）。")]
    public Input<bool> BargeIn { get; set; } = new(true);

    [Output(DisplayName = "Digits", DisplayNameZh = "号码", Description = "The keys collected, without the terminator.", DescriptionZh = "收到的按键（不含结束键）。")]
    public Output<string> Digits { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var (name, text, voice) = (Prompt.Get(context), Text.Get(context), Voice.Get(context));
        var prompts = await CallPrompts.ResolveAsync(context, name, text, voice);
        var trace = calls.TraceOf(context);
        if (prompts.Count > 0) trace?.Prompt(context, name, text, voice);
        if (prompts.Count > 0 && await call.PlayAsync(prompts, BargeIn.Get(context), context.CancellationToken) is PlayOutcome.HungUp or PlayOutcome.Cancelled)
            throw await calls.HungUpAsync(context);
        var result = await call.CollectDigitsAsync(new DigitCollectionOptions
        {
            MaxDigits = Math.Max(0, MaxDigits.Get(context)),
            Terminators = Terminator.Get(context) ?? "",
            FirstDigitTimeout = FirstDigitTimeout.Get(context),
            InterDigitTimeout = InterDigitTimeout.Get(context),
        }, context.CancellationToken);
        if (result.End == DigitCollectionEnd.Cancelled) throw await calls.HungUpAsync(context);
        trace?.Digits(context, result.Digits);
        Digits.Set(context, result.Digits);
        return ActivityResult.FromOutcome(result.Digits.Length > 0 ? "Collected" : "Timeout");
    }
}
