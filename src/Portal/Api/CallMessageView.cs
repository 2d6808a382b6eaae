using CallCenter.Domain.Calls;
using CallCenter.Domain.Messaging;

namespace CallCenter.Portal.Api;

/// <summary>
/// An SMS or e-mail the call's flow sent, with its delivery state from the outbox (Pending, Sent, Failed; <c>Unknown</c>
/// when the outbox row is gone), when it was sent, and its text.
/// </summary>
public sealed record CallMessageView(string ActivityId, string Channel, string To, long OutboxId, string State, DateTimeOffset? SentAt, string? Subject, string? Text)
{
    public static CallMessageView From(CallMessage message, OutboxMessage? outbox) => new(
        message.ActivityId, message.Channel, message.Recipient, message.OutboxId,
        outbox?.State.ToString() ?? "Unknown",
        outbox?.SentAt is { } sent ? new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)) : null,
        outbox?.Subject, outbox?.Body);
}
