namespace CallCenter.Domain.Messaging;

/// <summary>How an outbox message travels.</summary>
public enum MessageChannel
{
    Email,
    Sms,
}
