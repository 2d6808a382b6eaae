using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calls;

/// <summary>Plays a library prompt and/or text spoken by TTS (a template, e.g. 您的余额是{{ balance }}元).</summary>
[Activity("Call", "Play", "Plays a prompt from the library and/or speaks a text (which may use {{ variables }}).",
    CategoryZh = "通话", DisplayNameZh = "放音", DescriptionZh = "播放语音库中的提示音，和/或用 TTS 朗读文本（可含 {{ 变量 }}）。", Icon = "volume_up")]
[Outcomes("Done", "Interrupted")]
public sealed class Play : Activity
{
    [Input(DisplayName = "Prompt", DisplayNameZh = "提示音", Editor = InputEditor.Prompt, Description = "Name in the prompt library.", DescriptionZh = "语音库中的名称。")]
    public Input<string> Prompt { get; set; } = new("");

    [Input(DisplayName = "Text", DisplayNameZh = "文本", Editor = InputEditor.MultiLine, Description = "Spoken by TTS after the prompt.", DescriptionZh = "在提示音之后由 TTS 朗读。")]
    public Input<string> Text { get; set; } = new("");

    [Input(DisplayName = "Voice", DisplayNameZh = "发音人", Editor = InputEditor.Select, Options = ["cmn", "en"], Description = "TTS voice.", DescriptionZh = "TTS 发音人。")]
    public Input<string> Voice { get; set; } = new("cmn");

    [Input(DisplayName = "Barge-in", DisplayNameZh = "允许打断", Description = "A key stops the prompt (the key is kept for the next menu): outcome Interrupted.", DescriptionZh = "按键可打断放音（按键留给下一个菜单），走“被打断”。")]
    public Input<bool> BargeIn { get; set; } = new(false);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var (name, text, voice) = (Prompt.Get(context), Text.Get(context), Voice.Get(context));
        var prompts = await CallPrompts.ResolveAsync(context, name, text, voice);
        if (prompts.Count == 0) return ActivityResult.Done;
        calls.TraceOf(context)?.Prompt(context, name, text, voice);
        return await call.PlayAsync(prompts, BargeIn.Get(context), context.CancellationToken) switch
        {
            PlayOutcome.Completed => ActivityResult.Done,
            PlayOutcome.Interrupted => ActivityResult.FromOutcome("Interrupted"),
            _ => throw await calls.HungUpAsync(context),
        };
    }
}
