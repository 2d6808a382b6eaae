using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Messaging;

/// <summary>Writes messages to the outbox table; the dispatcher delivers them.</summary>
public sealed class Outbox(IDbContextFactory<CallCenterDbContext> factory, TimeProvider time, OutboxSignal signal)
{
    public async Task<OutboxMessage> EnqueueAsync(MessageChannel channel, string recipient, string? subject, string body, string? workflowInstanceId = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        var now = time.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            Channel = channel,
            Recipient = recipient.Trim(),
            Subject = subject,
            Body = body,
            State = OutboxState.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
            WorkflowInstanceId = workflowInstanceId,
        };
        await using var db = await factory.CreateDbContextAsync(ct);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return message;
    }

    public async Task<OutboxMessage?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
    }
}
