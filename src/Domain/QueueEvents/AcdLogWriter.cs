using System.Threading.Channels;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.QueueEvents;

/// <summary>
/// Writes the queue log (<see cref="QueueEvent"/>) and the agent status log (<see cref="AgentStatusChange"/>) off the
/// ACD's decision path: <see cref="TryWrite(QueueEvent)"/> only puts the row in a bounded in-memory queue and never
/// waits; this hosted service inserts the rows in batches (up to <see cref="AcdLogOptions.BatchSize"/> per
/// transaction, or whatever gathered within <see cref="AcdLogOptions.FlushInterval"/> of a batch's first row), in the
/// order they were written. A full queue drops the new row and counts it (<see cref="Dropped"/>); stopping writes
/// everything still queued.
/// </summary>
public sealed class AcdLogWriter : BackgroundService
{
    private readonly IDbContextFactory<CallCenterDbContext> _factory;
    private readonly AcdLogOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly WriteGate _gate;
    private readonly Channel<object> _channel;
    private readonly Lock _sync = new();
    private readonly List<(long Target, TaskCompletionSource Done)> _flushWaiters = [];
    private CancellationTokenSource? _linger;
    private bool _stopped;
    private int _running;
    private long _accepted, _processed, _written, _dropped, _failed, _droppedReported;

    public AcdLogWriter(IDbContextFactory<CallCenterDbContext> factory, IOptions<AcdLogOptions> options, TimeProvider time,
        ILogger<AcdLogWriter> logger, WriteGate? gate = null)
    {
        _factory = factory;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _gate = gate ?? WriteGate.Open;
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "Acd:Log:BatchSize must be at least 1");
        _channel = Channel.CreateBounded<object>(new BoundedChannelOptions(Math.Max(1, _options.Capacity))
        {
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: refuse (and count) instead of waiting
            SingleReader = true,
        });
    }

    /// <summary>Rows refused because the queue was full or the writer had stopped.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Rows given up after <see cref="AcdLogOptions.MaxAttempts"/> failed attempts.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Rows stored.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Rows accepted and not yet stored (or given up).</summary>
    public long Pending => Interlocked.Read(ref _accepted) - Interlocked.Read(ref _processed);

    /// <summary>Queues a queue event; false when it was dropped (queue full, writer stopped). Never blocks. A default <c>At</c> is stamped now.</summary>
    public bool TryWrite(QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        queueEvent.At = Stamp(queueEvent.At);
        return Enqueue(queueEvent);
    }

    /// <summary>Queues an agent status change; false when it was dropped (queue full, writer stopped). Never blocks. A default <c>At</c> is stamped now.</summary>
    public bool TryWrite(AgentStatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change.At = Stamp(change.At);
        return Enqueue(change);
    }

    /// <summary>
    /// Completes when every row accepted before the call has been stored (or given up), without waiting for the
    /// batch interval. For readers that must see what was just written, and tests. Needs the writer running (it is a
    /// hosted service, started with the host).
    /// </summary>
    public Task FlushAsync(CancellationToken ct = default)
    {
        var target = Interlocked.Read(ref _accepted);
        TaskCompletionSource done;
        lock (_sync)
        {
            if (_stopped || Interlocked.Read(ref _processed) >= target) return Task.CompletedTask;
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _flushWaiters.Add((target, done));
            _linger?.Cancel(); // a batch waiting to fill is written now
        }
        return done.Task.WaitAsync(ct);
    }

    // Now when unset; always UTC (PostgreSQL refuses a time of unknown kind, and the log is UTC everywhere).
    private DateTime Stamp(DateTime at) => at.Kind switch
    {
        _ when at == default => _time.GetUtcNow().UtcDateTime,
        DateTimeKind.Utc => at,
        DateTimeKind.Local => at.ToUniversalTime(),
        _ => DateTime.SpecifyKind(at, DateTimeKind.Utc),
    };

    private bool Enqueue(object row)
    {
        // Counted before the write so the stored count can never overtake it (FlushAsync compares the two).
        Interlocked.Increment(ref _accepted);
        if (_channel.Writer.TryWrite(row)) return true;
        Interlocked.Decrement(ref _accepted);
        Interlocked.Increment(ref _dropped);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Volatile.Write(ref _running, 1);
        var reader = _channel.Reader;
        var batch = new List<object>(_options.BatchSize);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                Take(reader, batch);
                if (batch.Count < _options.BatchSize) await LingerAsync(reader, batch, stoppingToken).ConfigureAwait(false);
                await StoreAsync(batch, stoppingToken).ConfigureAwait(false);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await DrainAsync(batch).ConfigureAwait(false);
    }

    /// <summary>Stops taking rows and stores every row still queued (also when the host stops before the writer ever ran).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // A host stopping right after start may cancel ExecuteAsync before it runs: the rows must still be stored.
        if (Volatile.Read(ref _running) == 0) await DrainAsync([]).ConfigureAwait(false);
    }

    private async Task DrainAsync(List<object> batch)
    {
        _channel.Writer.TryComplete();
        var reader = _channel.Reader;
        while (true)
        {
            Take(reader, batch);
            if (batch.Count == 0) break;
            await StoreAsync(batch, new CancellationToken(canceled: true)).ConfigureAwait(false);
            batch.Clear();
        }
        lock (_sync)
        {
            if (_stopped) return;
            _stopped = true;
            foreach (var (_, done) in _flushWaiters) done.TrySetResult();
            _flushWaiters.Clear();
        }
        _logger.LogInformation("ACD log writer stopped: {Written} row(s) stored, {Dropped} dropped, {Failed} failed", Written, Dropped, Failed);
    }

    private void Take(ChannelReader<object> reader, List<object> batch)
    {
        while (batch.Count < _options.BatchSize && reader.TryRead(out var row)) batch.Add(row);
    }

    // Waits for the batch to fill until the interval since its first row is over, a flush is asked for, or the host stops.
    private async Task LingerAsync(ChannelReader<object> reader, List<object> batch, CancellationToken stoppingToken)
    {
        if (_options.FlushInterval <= TimeSpan.Zero) return;
        CancellationTokenSource linger;
        lock (_sync)
        {
            if (_flushWaiters.Count > 0) return;
            linger = new CancellationTokenSource(_options.FlushInterval, _time);
            _linger = linger;
        }
        var onStop = stoppingToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), linger);
        try
        {
            while (batch.Count < _options.BatchSize)
            {
                if (!await reader.WaitToReadAsync(linger.Token).ConfigureAwait(false)) return;
                Take(reader, batch);
            }
        }
        catch (OperationCanceledException) when (linger.IsCancellationRequested)
        {
            // A flush, the interval or stopping ended the wait: rows already queued still go into this batch (a
            // cancelled WaitToReadAsync throws even when rows are there), so a flush writes full batches.
            Take(reader, batch);
        }
        finally
        {
            await onStop.DisposeAsync().ConfigureAwait(false);
            lock (_sync) _linger = null;
            linger.Dispose();
        }
    }

    // One over-long text would fail its whole batch on PostgreSQL and SQL Server (SQLite does not check lengths):
    // cut texts to their columns' sizes (see the entity configurations) instead.
    private static QueueEvent Fit(QueueEvent e)
    {
        e.CallId = Cut(e.CallId, 200);
        e.Queue = Cut(e.Queue, 64);
        e.Agent = Cut(e.Agent, 32);
        e.Data = Cut(e.Data, 500);
        return e;
    }

    private static AgentStatusChange Fit(AgentStatusChange c)
    {
        c.AgentNumber = Cut(c.AgentNumber, 32) ?? "";
        c.Reason = Cut(c.Reason, 200);
        return c;
    }

    private static string? Cut(string? text, int max) => text is { Length: var length } && length > max ? text[..max] : text;

    private async Task StoreAsync(List<object> batch, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using (await _gate.EnterAsync(CancellationToken.None).ConfigureAwait(false))
                {
                    await using var db = await _factory.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false);
                    foreach (var row in batch)
                    {
                        if (row is QueueEvent queueEvent) db.QueueEvents.Add(Fit(queueEvent));
                        else db.AgentStatusChanges.Add(Fit((AgentStatusChange)row));
                    }
                    await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                }
                Interlocked.Add(ref _written, batch.Count);
                _logger.LogDebug("Stored {Count} ACD log row(s)", batch.Count);
                break;
            }
            catch (Exception ex) when (attempt < _options.MaxAttempts)
            {
                _logger.LogWarning(ex, "Storing {Count} ACD log row(s) failed (attempt {Attempt} of {MaxAttempts}); retrying", batch.Count, attempt, _options.MaxAttempts);
                foreach (var row in batch)
                {
                    if (row is QueueEvent queueEvent) queueEvent.Id = 0;
                    else ((AgentStatusChange)row).Id = 0;
                }
                try
                {
                    await Task.Delay(_options.RetryDelay, _time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopping: try again at once rather than lose the rows.
                }
            }
            catch (Exception ex)
            {
                Interlocked.Add(ref _failed, batch.Count);
                _logger.LogError(ex, "{Count} ACD log row(s) could not be stored after {MaxAttempts} attempt(s) and are lost", batch.Count, _options.MaxAttempts);
                break;
            }
        }
        var processed = Interlocked.Add(ref _processed, batch.Count);
        lock (_sync)
        {
            for (var i = _flushWaiters.Count - 1; i >= 0; i--)
            {
                if (_flushWaiters[i].Target > processed) continue;
                _flushWaiters[i].Done.TrySetResult();
                _flushWaiters.RemoveAt(i);
            }
        }
        // Reported here, not where rows are dropped, so a flood of drops never costs the ACD a log line each.
        var dropped = Dropped;
        if (dropped > _droppedReported)
        {
            _logger.LogWarning("ACD log queue full: {Count} row(s) dropped since the last report ({Total} in all); raise Acd:Log:Capacity or check the database", dropped - _droppedReported, dropped);
            _droppedReported = dropped;
        }
    }
}
