namespace CallCenter.Domain.Messaging;

/// <summary>A delivery provider for one channel (SMTP for e-mail, an HTTP gateway for SMS); throws when delivery fails.</summary>
public interface IMessageSender
{
    MessageChannel Channel { get; }
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}
