namespace CallCenter.Domain.Messaging;

/// <summary>Delivery state of an outbox message.</summary>
public enum OutboxState
{
    /// <summary>Waiting for its first or next attempt (<see cref="OutboxMessage.NextAttemptAt"/>).</summary>
    Pending,
    /// <summary>The provider accepted it.</summary>
    Sent,
    /// <summary>Every attempt failed; <see cref="OutboxMessage.LastError"/> says why.</summary>
    Failed,
}
