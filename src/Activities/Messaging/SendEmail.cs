using CallCenter.Activities.Calls;
using CallCenter.Domain.Messaging;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CallCenter.Activities.Messaging;

/// <summary>Writes an e-mail to the outbox; it is delivered in the background (SMTP) with retries, so the call never waits for the mail server.</summary>
[Activity("Messaging", "Send e-mail", "Queues an e-mail for delivery; the outbox retries and records the delivery state.",
    CategoryZh = "消息", DisplayNameZh = "发送邮件", DescriptionZh = "把邮件放入发件箱，后台发送并自动重试，记录发送状态。", Icon = "mail", HasExternalEffect = true)]
public sealed class SendEmail : Activity
{
    [Input(DisplayName = "To", DisplayNameZh = "收件人", Required = true)]
    public Input<string> To { get; set; } = new("");

    [Input(DisplayName = "Subject", DisplayNameZh = "主题", Required = true)]
    public Input<string> Subject { get; set; } = new("");

    [Input(DisplayName = "Body", DisplayNameZh = "正文", Editor = InputEditor.MultiLine, Description = "Text; may be a template such as 'Ticket {{ ticket_number }}'.", DescriptionZh = "文本，可用模板，如“工单 {{ ticket_number }}”。")]
    public Input<string> Body { get; set; } = new("");

    [Output(DisplayName = "Message id", DisplayNameZh = "消息编号")]
    public Output<long> MessageId { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var to = To.Get(context).Trim();
        if (!MailboxAddress.TryParse(to, out _) || !to.Contains('@')) throw new InvalidOperationException($"'{to}' is not an e-mail address");
        var message = await context.Services.GetRequiredService<Outbox>()
            .EnqueueAsync(MessageChannel.Email, to, Subject.Get(context), Body.Get(context), context.InstanceId, context.CancellationToken);
        MessageId.Set(context, message.Id);
        context.Services.GetService<CallSessions>()?.TraceOf(context)?.Message(context, nameof(MessageChannel.Email), to, message.Id);
        return ActivityResult.Done;
    }
}
