using MailKit.Net.Smtp;
using MimeKit;

namespace CallCenter.Domain.Messaging.Providers;

/// <summary>
/// Hands one MIME message to the configured SMTP server (MailKit; one connection per message): the outbox's e-mail and the
/// scheduled report mails go the same way, with the same settings. Throws when no server is configured or delivery fails.
/// </summary>
public static class SmtpDelivery
{
    /// <summary>Sends <paramref name="mail"/>; its sender is set from <paramref name="settings"/> when it has none.</summary>
    public static async Task SendAsync(MimeMessage mail, SmtpOptions settings, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(settings.Host)) throw new InvalidOperationException("no SMTP server is configured (Messaging:Smtp:Host)");
        if (mail.From.Count == 0) mail.From.Add(new MailboxAddress(settings.FromName, settings.From));
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(mail, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
