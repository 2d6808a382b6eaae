using CallCenter.Activities.Calls;
using CallCenter.Domain.Messaging;
using CallCenter.Domain.Numbers;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Messaging;

/// <summary>Writes an SMS to the outbox; the SMS gateway provider delivers it in the background with retries.</summary>
[Activity("Messaging", "Send SMS", "Queues a text message for delivery through the SMS gateway; the outbox retries and records the state.",
    CategoryZh = "消息", DisplayNameZh = "发送短信", DescriptionZh = "把短信放入发件箱，由短信网关后台发送并自动重试，记录发送状态。", Icon = "sms", HasExternalEffect = true)]
public sealed class SendSms : Activity
{
    [Input(DisplayName = "To", DisplayNameZh = "手机号", Required = true, Description = "e.g. {{ caller }}", DescriptionZh = "例如 {{ caller }}")]
    public Input<string> To { get; set; } = new("");

    [Input(DisplayName = "Text", DisplayNameZh = "内容", Required = true, Editor = InputEditor.MultiLine, Description = "May be a template.", DescriptionZh = "可用模板。")]
    public Input<string> Text { get; set; } = new("");

    [Output(DisplayName = "Message id", DisplayNameZh = "消息编号")]
    public Output<long> MessageId { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var to = NumberPattern.Normalize(To.Get(context));
        if (to.Length == 0) throw new InvalidOperationException("the SMS has no recipient number");
        var message = await context.Services.GetRequiredService<Outbox>()
            .EnqueueAsync(MessageChannel.Sms, to, null, Text.Get(context), context.InstanceId, context.CancellationToken);
        MessageId.Set(context, message.Id);
        context.Services.GetService<CallSessions>()?.TraceOf(context)?.Message(context, nameof(MessageChannel.Sms), to, message.Id);
        return ActivityResult.Done;
    }
}
