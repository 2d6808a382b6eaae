using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Activities;

/// <summary>Writes a message (a template) to the server log with the instance and activity ids.</summary>
[Activity("Data", "Log", "Writes a message to the server log.", CategoryZh = "数据", DisplayNameZh = "日志", DescriptionZh = "向服务器日志写一条消息。", Icon = "notes")]
public sealed class Log : Activity
{
    [Input(DisplayName = "Message", DisplayNameZh = "消息", Required = true, Editor = InputEditor.MultiLine)]
    public Input<string> Message { get; set; } = new("");

    [Input(DisplayName = "Level", DisplayNameZh = "级别")]
    public Input<LogLevelChoice> Level { get; set; } = new(LogLevelChoice.Information);

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var level = Level.Get(context) switch
        {
            LogLevelChoice.Debug => LogLevel.Debug,
            LogLevelChoice.Warning => LogLevel.Warning,
            LogLevelChoice.Error => LogLevel.Error,
            _ => LogLevel.Information,
        };
        // Rendered even when the level is off, so a broken template fails the same way whatever the server's log level.
        var message = Message.Get(context);
        if (context.Logger.IsEnabled(level))
            context.Logger.Log(level, "Workflow {InstanceId} activity {ActivityId}: {Message}", context.InstanceId, context.ActivityId, message);
        return new(ActivityResult.Done);
    }
}
