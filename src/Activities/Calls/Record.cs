using CallCenter.Telephony.Sessions;
using CallCenter.Engine.Abstractions;
using CallCenter.Telephony.Media.Recording;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Calls;

/// <summary>
/// Records what the caller says (after an optional prompt) into a WAV under the recordings folder, until the
/// maximum length, the stop key or silence. The file and its metadata are kept even when the caller hangs up.
/// </summary>
[Activity("Call", "Record", "Records the caller's message until the maximum length, the stop key (#) or silence; the file and its details go into a variable.",
    CategoryZh = "通话", DisplayNameZh = "录音", DescriptionZh = "录制来电者留言，直到最长时长、按结束键（#）或静音；录音文件与信息存入变量。", Icon = "mic")]
[Outcomes("Recorded", "NoAudio")]
public sealed class Record : Activity
{
    [Input(DisplayName = "Prompt", DisplayNameZh = "提示音", Editor = InputEditor.Prompt, Description = "Played before recording (e.g. a beep).", DescriptionZh = "录音前播放（例如提示音“嘀”）。")]
    public Input<string> Prompt { get; set; } = new("");

    [Input(DisplayName = "Text", DisplayNameZh = "文本", Editor = InputEditor.MultiLine, Description = "Spoken by TTS before recording.", DescriptionZh = "录音前由 TTS 朗读。")]
    public Input<string> Text { get; set; } = new("");

    [Input(DisplayName = "Voice", DisplayNameZh = "发音人", Editor = InputEditor.Select, Options = ["cmn", "en"], Description = "TTS voice.", DescriptionZh = "TTS 发音人。")]
    public Input<string> Voice { get; set; } = new("cmn");

    [Input(DisplayName = "Maximum length", DisplayNameZh = "最长时长", Description = "Seconds (default 120).", DescriptionZh = "秒（默认 120）。")]
    public Input<TimeSpan> MaxLength { get; set; } = new(TimeSpan.FromSeconds(120));

    [Input(DisplayName = "Stop key", DisplayNameZh = "结束键", Description = "Key that ends the recording (default #; empty = none).", DescriptionZh = "结束录音的按键（默认 #；留空表示无）。")]
    public Input<string> StopDigit { get; set; } = new("#");

    [Input(DisplayName = "Silence", DisplayNameZh = "静音结束", Description = "Seconds of silence that end the recording (default 5; 0 = never).", DescriptionZh = "静音多少秒后结束录音（默认 5；0 表示不检测）。")]
    public Input<TimeSpan> Silence { get; set; } = new(TimeSpan.FromSeconds(5));

    [Output(DisplayName = "Recording", DisplayNameZh = "录音", Description = "path, duration_seconds, reason, call_id, caller, started_at.", DescriptionZh = "path、duration_seconds、reason、call_id、caller、started_at。")]
    public Output<object?> Recording { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var calls = context.Services.GetRequiredService<CallSessions>();
        var call = await calls.RequireAsync(context);
        var (name, text, voice) = (Prompt.Get(context), Text.Get(context), Voice.Get(context));
        var prompts = await CallPrompts.ResolveAsync(context, name, text, voice);
        var trace = calls.TraceOf(context);
        if (prompts.Count > 0) trace?.Prompt(context, name, text, voice);
        if (prompts.Count > 0 && await call.PlayAsync(prompts, bargeIn: false, context.CancellationToken) is PlayOutcome.HungUp or PlayOutcome.Cancelled)
            throw await calls.HungUpAsync(context);
        var started = context.Now;
        var folder = context.Services.GetRequiredService<IOptions<IvrOptions>>().Value.RecordingsFolder;
        var path = Path.GetFullPath(Path.Combine(folder, started.ToString("yyyyMMdd"), $"{Safe(call.Id)}-{Safe(context.ActivityId)}-{started:HHmmssfff}.wav"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var silence = Silence.Get(context);
        var stop = StopDigit.Get(context);
        // A hang-up or the instance's cancellation stops it: the file is finished and kept, and its details stored before the run ends.
        RecordingResult result;
        try
        {
            result = await call.RecordAsync(new RecordingOptions
            {
                ReceivedPath = path,
                MaxDuration = MaxLength.Get(context),
                StopDigit = string.IsNullOrEmpty(stop) ? null : stop[0],
                SilenceTimeout = silence > TimeSpan.Zero ? silence : null,
            }, context.CancellationToken);
        }
        catch (InvalidOperationException) when (call.State == CallSessionState.Ended)
        {
            // The call ended before recording began: nothing was recorded.
            throw await calls.HungUpAsync(context);
        }
        var seconds = Math.Round(result.Duration.TotalSeconds, 1);
        trace?.Recording(context, result.ReceivedPath, seconds);
        Recording.Set(context, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["path"] = result.ReceivedPath,
            ["duration_seconds"] = seconds,
            ["reason"] = result.Reason.ToString(),
            ["call_id"] = call.Id,
            ["caller"] = call.Caller,
            ["started_at"] = started.ToString("O"),
        });
        if (result.Reason == RecordingStopReason.Stopped && call.State == CallSessionState.Ended) throw await calls.HungUpAsync(context);
        context.CancellationToken.ThrowIfCancellationRequested();
        return ActivityResult.FromOutcome(HasAudio(result, silence) ? "Recorded" : "NoAudio");
    }

    // A recording that silence ended before more than the silence itself was recorded (plus a second) holds no message.
    private static bool HasAudio(RecordingResult result, TimeSpan silence) =>
        result.ReceivedPath is not null && File.Exists(result.ReceivedPath) && result.Reason != RecordingStopReason.WriteFailed
        && result.Duration >= TimeSpan.FromSeconds(1)
        && !(result.Reason == RecordingStopReason.Silence && result.Duration <= silence + TimeSpan.FromSeconds(1));

    private static string Safe(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (!char.IsAsciiLetterOrDigit(chars[i]) && chars[i] is not '-' and not '_') chars[i] = '_';
        return new string(chars);
    }
}
