using MailKit.Security;

namespace CallCenter.Domain.Messaging.Providers;

/// <summary>The SMTP server e-mail goes through (section <c>Messaging:Smtp</c>). No host: e-mail is not sent and stays in the outbox as Failed with that reason.</summary>
public sealed class SmtpOptions
{
    /// <summary>Server host name. Default none.</summary>
    public string? Host { get; set; }
    /// <summary>Default 25 (587 for submission with STARTTLS, 465 for TLS on connect).</summary>
    public int Port { get; set; } = 25;
    /// <summary>None, Auto (STARTTLS when offered; default), StartTls, SslOnConnect, StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    /// <summary>Log-in name; none for an open relay.</summary>
    public string? UserName { get; set; }
    /// <summary>Log-in password; from a secret store, never from source.</summary>
    public string? Password { get; set; }
    /// <summary>Sender address. Default "callcenter@localhost".</summary>
    public string From { get; set; } = "callcenter@localhost";
    /// <summary>Sender display name. Default "CallCenter".</summary>
    public string FromName { get; set; } = "CallCenter";
    /// <summary>Time allowed for connecting and sending one message. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
