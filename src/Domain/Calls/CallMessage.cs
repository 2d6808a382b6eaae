namespace CallCenter.Domain.Calls;

/// <summary>A message the flow queued during the call (SMS or e-mail): its channel, recipient and outbox id (its delivery state is read from the outbox).</summary>
public sealed record CallMessage(string ActivityId, string Channel, string Recipient, long OutboxId);
