using System.Threading.Channels;
using CallCenter.Activities.Calls;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using CallCenter.Telephony.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Telephony;

/// <summary>
/// Stores the voice server's call records in the call_records table, and the flows' call traces in
/// call_traces, in batches from one queue: the SIP path and the call handler only enqueue, one writer
/// inserts whatever has gathered (up to 500 rows per transaction), so a burst of calls costs one
/// transaction, not one each. Disposing flushes.
/// </summary>
public sealed class DatabaseCallRecordSink : ICallRecordSink, ICallTraceSink, IAsyncDisposable
{
    private const int BatchSize = 500;
    private readonly IDbContextFactory<CallCenterDbContext> _factory;
    private readonly ILogger _logger;
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public DatabaseCallRecordSink(IDbContextFactory<CallCenterDbContext> factory, ILogger<DatabaseCallRecordSink> logger)
    {
        _factory = factory;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    public ValueTask WriteAsync(CallRecord record, CancellationToken ct = default) => _queue.Writer.WriteAsync(record, ct);

    public ValueTask WriteAsync(CallTrace trace, CancellationToken ct = default) => _queue.Writer.WriteAsync(trace, ct);

    private async Task WriteLoopAsync()
    {
        var batch = new List<object>(BatchSize);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var record)) batch.Add(record);
            try
            {
                await StoreAsync(batch).ConfigureAwait(false);
                _logger.LogDebug("Stored {Count} call record(s) and trace(s)", batch.Count);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "{Count} call record(s) and trace(s) could not be stored", batch.Count);
            }
            batch.Clear();
        }
    }

    private async Task StoreAsync(List<object> batch)
    {
        await using var db = await _factory.CreateDbContextAsync().ConfigureAwait(false);
        foreach (var item in batch)
        {
            if (item is CallTrace trace) { db.CallTraces.Add(trace); continue; }
            var record = (CallRecord)item;
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
