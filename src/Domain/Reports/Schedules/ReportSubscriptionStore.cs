using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>
/// The report subscriptions: list (one owner's or all), create or update with validation
/// (<see cref="ReportSubscriptionValidator"/>), enable/disable, delete — each change re-arms or removes its Quartz job
/// (<see cref="ReportSubscriptionScheduler"/>) — and the record of each mail run.
/// </summary>
public sealed class ReportSubscriptionStore(
    IDbContextFactory<CallCenterDbContext> factory,
    ReportSubscriptionScheduler scheduler,
    IOptions<ReportScheduleOptions> options,
    TimeProvider time,
    ILogger<ReportSubscriptionStore> logger)
{
    /// <summary>The subscriptions of <paramref name="owner"/> (null: everyone's), by report then id.</summary>
    public async Task<List<ReportSubscription>> ListAsync(string? owner, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.ReportSubscriptions.AsNoTracking();
        if (owner is not null) query = query.Where(s => s.Owner == owner);
        return await query.OrderBy(s => s.Report).ThenBy(s => s.Id).ToListAsync(ct);
    }

    public async Task<ReportSubscription?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ReportSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
    }

    /// <summary>
    /// Creates (<c>Id</c> 0) or updates a subscription from the detached <paramref name="input"/>; an update keeps the owner,
    /// the creation time and the record of past mails. The job is re-armed with the new schedule.
    /// </summary>
    public async Task<ReportSubscriptionSaveResult> SaveAsync(ReportSubscription input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        ReportSubscription? row = null;
        if (input.Id != 0)
        {
            row = await db.ReportSubscriptions.SingleOrDefaultAsync(s => s.Id == input.Id, ct);
            if (row is null) return new(SaveStatus.NotFound, null, FieldMessages.Of("id", UserMessage.Of($"Subscription {input.Id} no longer exists.")));
            input.Owner = row.Owner;
        }
        var errors = ReportSubscriptionValidator.Validate(input, options.Value.MaxRecipients);
        if (errors.Count > 0) return new(SaveStatus.Invalid, null, errors.Freeze());

        var now = time.GetUtcNow().UtcDateTime;
        var status = row is null ? SaveStatus.Created : SaveStatus.Updated;
        if (row is null)
        {
            row = new ReportSubscription { CreatedAt = now, Owner = input.Owner };
            db.ReportSubscriptions.Add(row);
        }
        else row.UpdatedAt = now;
        (row.Report, row.Queue, row.Agent, row.Group, row.Number, row.Flow, row.Options) = (input.Report, input.Queue, input.Agent, input.Group, input.Number, input.Flow, input.Options);
        (row.Frequency, row.TimeOfDay, row.DayOfWeek, row.DayOfMonth) = (input.Frequency, input.TimeOfDay, input.DayOfWeek, input.DayOfMonth);
        (row.Recipients, row.Language, row.Enabled) = ([.. input.Recipients], input.Language, input.Enabled);
        await db.SaveChangesAsync(ct);
        await scheduler.ArmAsync(row, ct);
        logger.LogInformation("Report subscription {SubscriptionId} ({Report}, {Frequency}) {Status} for {Owner}", row.Id, row.Report, row.Frequency, status, row.Owner);
        return new(status, row, FieldMessages.None);
    }

    /// <summary>Turns the scheduled mails of a subscription on or off; false when it does not exist.</summary>
    public async Task<bool> SetEnabledAsync(long id, bool enabled, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.ReportSubscriptions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (row is null) return false;
        row.Enabled = enabled;
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await scheduler.ArmAsync(row, ct);
        return true;
    }

    /// <summary>Deletes a subscription and its job; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var deleted = await db.ReportSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        await scheduler.DisarmAsync(id, ct);
        if (deleted > 0) logger.LogInformation("Report subscription {SubscriptionId} deleted", id);
        return deleted > 0;
    }

    /// <summary>Records a mail run: sent (<paramref name="error"/> null) or failed with the reason.</summary>
    public async Task RecordAsync(long id, DateTime attemptedAt, string? error, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.ReportSubscriptions.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (row is null) return;
        row.LastAttemptAt = attemptedAt;
        row.LastError = error is { Length: > 1000 } ? error[..1000] : error;
        if (error is null) row.LastSentAt = attemptedAt;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Arms every subscription whose job is missing from the scheduler's store (start-up recovery); returns how many.</summary>
    public async Task<int> RearmMissingAsync(CancellationToken ct = default)
    {
        var rearmed = 0;
        foreach (var subscription in await ListAsync(null, ct))
        {
            if (await scheduler.IsArmedAsync(subscription.Id, ct)) continue;
            await scheduler.ArmAsync(subscription, ct);
            rearmed++;
        }
        return rearmed;
    }
}
