using System.Threading.Channels;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Telephony.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Telephony;

/// <summary>
/// Stores the voice server's call records in the call_records table, in batches from a queue: the
/// SIP path only enqueues, one writer inserts whatever has gathered (up to 500 rows per
/// transaction), so a burst of calls costs one transaction, not one each. Disposing flushes.
/// </summary>
public sealed class DatabaseCallRecordSink : ICallRecordSink, IAsyncDisposable
{
    private const int BatchSize = 500;
    private readonly IDbContextFactory<CallCenterDbContext> _factory;
    private readonly ILogger _logger;
    private readonly Channel<CallRecord> _queue = Channel.CreateUnbounded<CallRecord>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public DatabaseCallRecordSink(IDbContextFactory<CallCenterDbContext> factory, ILogger<DatabaseCallRecordSink> logger)
    {
        _factory = factory;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    public ValueTask WriteAsync(CallRecord record, CancellationToken ct = default) => _queue.Writer.WriteAsync(record, ct);

    private async Task WriteLoopAsync()
    {
        var batch = new List<CallRecord>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var record)) batch.Add(record);
            try
            {
                await StoreAsync(batch).ConfigureAwait(false);
                _logger.LogDebug("Stored {Count} call record(s)", batch.Count);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "{Count} call record(s) could not be stored", batch.Count);
            }
            batch.Clear();
        }
    }

    private async Task StoreAsync(List<CallRecord> batch)
    {
        await using var db = await _factory.CreateDbContextAsync().ConfigureAwait(false);
        foreach (var record in batch)
        {
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
        }
        await db.SaveChangesAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
    }
}
