using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CallCenter.Domain.Messaging.Providers;

/// <summary>Sends outbox e-mail through an SMTP server with MailKit (one connection per message; flows send little mail).</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options) : IMessageSender
{
    public MessageChannel Channel => MessageChannel.Email;

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host)) throw new InvalidOperationException("no SMTP server is configured (Messaging:Smtp:Host)");
        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        mail.Subject = message.Subject ?? "";
        mail.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
