using CallCenter.Telephony.Sessions;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Prompts;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>
/// Plays a prompt and takes one key: an option's key takes its outcome; no key or a wrong key plays the retry
/// prompt and the menu again, and after the last attempt takes Timeout (nothing pressed) or Invalid (wrong key).
/// </summary>
[Activity("Call", "Menu", "Plays a prompt and takes one key: one outcome per option, Timeout or Invalid after the last attempt.",
    CategoryZh = "通话", DisplayNameZh = "按键菜单", DescriptionZh = "放音并接收一位按键：每个选项一个出口；尝试次数用完后走“超时”或“无效按键”。", Icon = "dialpad")]
[Outcomes(TimeoutOutcome, InvalidOutcome)] // the fixed ports, optional; each option's port must be connected to publish
public sealed class Menu : Activity
{
    public const string TimeoutOutcome = "Timeout";
    public const string InvalidOutcome = "Invalid";

    [Input(DisplayName = "Prompt", DisplayNameZh = "提示音", Editor = InputEditor.Prompt, Description = "Name in the prompt library.", DescriptionZh = "语音库中的名称。")]
    public Input<string> Prompt { get; set; } = new("");

    [Input(DisplayName = "Text", DisplayNameZh = "文本", Editor = InputEditor.MultiLine, Description = "Spoken by TTS after the prompt.", DescriptionZh = "在提示音之后由 TTS 朗读。")]
    public Input<string> Text { get; set; } = new("");

    [Input(DisplayName = "Voice", DisplayNameZh = "发音人", Editor = InputEditor.Select, Options = ["cmn", "en"], Description = "TTS voice.", DescriptionZh = "TTS 发音人。")]
    public Input<string> Voice { get; set; } = new("cmn");

    [Input(DisplayName = "Options", DisplayNameZh = "选项", Required = true, Editor = InputEditor.KeyValueList, SupportsExpressions = false,
        Description = "Key (0-9, *, #) and outcome name; each becomes an outcome.", DescriptionZh = "按键（0-9、*、#）与出口名称，每个选项一个出口。")]
    public Input<List<MenuOption>> Options { get; set; } = new([]);

    [Input(DisplayName = "Timeout", DisplayNameZh = "等待时长", Description = "Seconds to wait for a key after the prompt (default 5).", DescriptionZh = "放音结束后等待按键的秒数（默认 5）。")]
    public Input<TimeSpan> Timeout { get; set; } = new(TimeSpan.FromSeconds(5));

    [Input(DisplayName = "Attempts", DisplayNameZh = "尝试次数", Description = "Times the menu is offered before Timeout / Invalid (default 3).", DescriptionZh = "走“超时/无效按键”之前菜单播放的次数（默认 3）。")]
    public Input<int> Attempts { get; set; } = new(3);

    [Input(DisplayName = "Retry prompt", DisplayNameZh = "重试提示音", Editor = InputEditor.Prompt, Description = "Played before the menu is offered again.", DescriptionZh = "再次播放菜单前的提示音。")]
    public Input<string> RetryPrompt { get; set; } = new("");

    [Input(DisplayName = "Retry text", DisplayNameZh = "重试文本", Description = "Spoken before the menu is offered again (e.g. 输入有误).", DescriptionZh = "再次播放菜单前朗读（例如“输入有误”）。")]
    public Input<string> RetryText { get; set; } = new("");

    [Input(DisplayName = "Barge-in", DisplayNameZh = "允许打断", Description = "A key stops the prompt (default on).", DescriptionZh = "按键可打断放音（默认开启）。")]
    public Input<bool> BargeIn { get; set; } = new(true);

    [Output(DisplayName = "Key", DisplayNameZh = "按键", Description = "The last key pressed.", DescriptionZh = "最后一次按键。")]
    public Output<string> Digit { get; set; } = new();

    public override IReadOnlyList<string>? GetDynamicOutcomes()
    {
        var outcomes = new List<string>(Options.Literal.Count + 2);
        foreach (var option in Options.Literal) outcomes.Add(option.OutcomeName);
        outcomes.Add(TimeoutOutcome);
        outcomes.Add(InvalidOutcome);
        return outcomes;
    }

    public override IEnumerable<(string Property, string Message)> Compile(Engine.Expressions.ExpressionEngine expressions)
    {
        if (Options.Literal.Count == 0) yield return ("options", "a menu needs at least one option");
        var digits = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in Options.Literal)
        {
            if (option.Digit is not { Length: 1 } d || !"0123456789*#".Contains(d[0])) yield return ("options", $"'{option.Digit}' is not one key (0-9, *, #)");
            else if (!digits.Add(d)) yield return ("options", $"the key {d} appears twice");
        }
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var (name, text, voice) = (Prompt.Get(context), Text.Get(context), Voice.Get(context));
        var (retryName, retryText) = (RetryPrompt.Get(context), RetryText.Get(context));
        var prompts = await CallPrompts.ResolveAsync(context, name, text, voice);
        var retry = await CallPrompts.ResolveAsync(context, retryName, retryText, voice);
        var trace = calls.TraceOf(context);
        var collect = new DigitCollectionOptions { MaxDigits = 1, Terminators = "", FirstDigitTimeout = Timeout.Get(context) };
        var bargeIn = BargeIn.Get(context);
        var attempts = Math.Max(1, Attempts.Get(context));
        var outcome = TimeoutOutcome;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var playlist = attempt == 1 || retry.Count == 0 ? prompts : [.. retry, .. prompts];
            if (attempt > 1 && retry.Count > 0) trace?.Prompt(context, retryName, retryText, voice);
            if (prompts.Count > 0) trace?.Prompt(context, name, text, voice);
            if (playlist.Count > 0 && await call.PlayAsync(playlist, bargeIn, context.CancellationToken) is PlayOutcome.HungUp or PlayOutcome.Cancelled)
                throw await calls.HungUpAsync(context);
            var result = await call.CollectDigitsAsync(collect, context.CancellationToken);
            if (result.End == DigitCollectionEnd.Cancelled) throw await calls.HungUpAsync(context);
            if (result.Digits.Length == 0) { outcome = TimeoutOutcome; continue; }
            trace?.Digits(context, result.Digits);
            Digit.Set(context, result.Digits);
            foreach (var option in Options.Literal)
                if (option.Digit == result.Digits) return ActivityResult.FromOutcome(option.OutcomeName);
            outcome = InvalidOutcome;
        }
        return ActivityResult.FromOutcome(outcome);
    }
}
