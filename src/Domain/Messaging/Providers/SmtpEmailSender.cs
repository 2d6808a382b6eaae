using Microsoft.Extensions.Options;
using MimeKit;

namespace CallCenter.Domain.Messaging.Providers;

/// <summary>
/// Sends outbox e-mail through an SMTP server with MailKit (<see cref="SmtpDelivery"/>). The settings are read at each
/// message, so a change in the admin settings applies without a restart.
/// </summary>
public sealed class SmtpEmailSender(IOptionsMonitor<SmtpOptions> options) : IMessageSender
{
    public MessageChannel Channel => MessageChannel.Email;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var mail = new MimeMessage();
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        mail.Subject = message.Subject ?? "";
        mail.Body = new TextPart("plain") { Text = message.Body };
        await SmtpDelivery.SendAsync(mail, options.CurrentValue, ct);
    }
}
