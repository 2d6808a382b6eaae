using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Messaging;

/// <summary>
/// Delivers due outbox messages through the provider of their channel. Each message is claimed first
/// (its next attempt pushed ahead by <see cref="OutboxOptions.ClaimTimeout"/> in one conditional update),
/// so two dispatchers never send it at once and a crash mid-attempt only delays it. A failure is
/// retried after <see cref="OutboxOptions.RetryDelay"/>, doubled each time, until
/// <see cref="OutboxOptions.MaxAttempts"/>; then the message is Failed with the last error.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<CallCenterDbContext> factory,
    IEnumerable<IMessageSender> senders,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<MessageChannel, IMessageSender> _senders = senders.GroupBy(s => s.Channel).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>Sends what is due now; returns how many messages were attempted.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        List<OutboxMessage> due;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            due = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Take(settings.BatchSize)
                .ToListAsync(ct);
        }
        var attempted = 0;
        foreach (var message in due)
        {
            if (!await ClaimAsync(message, now, settings, ct)) continue;
            attempted++;
            await AttemptAsync(message, settings, ct);
        }
        return attempted;
    }

    private async Task<bool> ClaimAsync(OutboxMessage message, DateTime now, OutboxOptions settings, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var observed = message.NextAttemptAt;
        var claimedUntil = now + settings.ClaimTimeout;
        var rows = await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.State == OutboxState.Pending && m.NextAttemptAt == observed)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, claimedUntil).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        message.Attempts++;
        return rows == 1;
    }

    private async Task AttemptAsync(OutboxMessage message, OutboxOptions settings, CancellationToken ct)
    {
        string? error = null;
        if (!_senders.TryGetValue(message.Channel, out var sender))
            error = $"no {message.Channel} provider is configured";
        else
        {
            try
            {
                await sender.SendAsync(message, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                error = ex.Message;
            }
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.OutboxMessages.FirstAsync(m => m.Id == message.Id, ct);
        if (error is null)
        {
            row.State = OutboxState.Sent;
            row.SentAt = now;
            row.LastError = null;
            logger.LogInformation("Outbox message {MessageId} ({Channel}) sent to {Recipient} on attempt {Attempt}", row.Id, row.Channel, row.Recipient, row.Attempts);
        }
        else
        {
            row.LastError = error.Length > 1000 ? error[..1000] : error;
            if (row.Attempts >= settings.MaxAttempts)
            {
                row.State = OutboxState.Failed;
                logger.LogWarning("Outbox message {MessageId} ({Channel}) to {Recipient} failed after {Attempts} attempts: {Error}", row.Id, row.Channel, row.Recipient, row.Attempts, error);
            }
            else
            {
                row.NextAttemptAt = now + RetryDelay(row.Attempts, settings);
                logger.LogInformation("Outbox message {MessageId} attempt {Attempt} failed, retry at {RetryAt}: {Error}", row.Id, row.Attempts, row.NextAttemptAt, error);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: RetryDelay × 2^(attempts−1), at most MaxRetryDelay.</summary>
    public static TimeSpan RetryDelay(int attempts, OutboxOptions settings)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.RetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
        return delay;
    }
}
