namespace CallCenter.Engine.Persistence.EntityFramework;

/// <summary>
/// Serialises this process's write transactions when the database allows one writer at a time
/// (SQLite): queueing here is far cheaper than SQLite's busy-retry sleeps. A no-op otherwise.
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim? _gate;

    public WriteGate(bool serializeWrites) => _gate = serializeWrites ? new SemaphoreSlim(1, 1) : null;

    /// <summary>No serialisation: databases with row-level locking (PostgreSQL, SQL Server).</summary>
    public static WriteGate Open { get; } = new(false);

    public async ValueTask<Releaser> EnterAsync(CancellationToken ct)
    {
        if (_gate is not null) await _gate.WaitAsync(ct).ConfigureAwait(false);
        return new Releaser(_gate);
    }

    /// <summary>Leaves the gate when disposed.</summary>
    public readonly struct Releaser(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
