using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Telephony.Calls;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Activities.Telephony;

/// <summary>Stores the voice server's call records in the call_records table.</summary>
public sealed class DatabaseCallRecordSink(IDbContextFactory<CallCenterDbContext> factory) : ICallRecordSink
{
    public async ValueTask WriteAsync(CallRecord record, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.CallRecords.Add(new CallDetailRecord
        {
            CallId = record.CallId,
            From = record.From,
            To = record.To,
            StartedAt = record.StartedAt.UtcDateTime,
            AnsweredAt = record.AnsweredAt?.UtcDateTime,
            EndedAt = record.EndedAt.UtcDateTime,
            HangupBy = record.HangupBy.ToString(),
            Cause = record.Cause,
            StatusCode = record.StatusCode,
        });
        await db.SaveChangesAsync(ct);
    }
}
