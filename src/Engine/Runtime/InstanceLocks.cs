namespace CallCenter.Engine.Runtime;

/// <summary>One async lock per instance id, created on demand and dropped when nobody holds or waits for it.</summary>
public sealed class InstanceLocks
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed class Entry
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    public async ValueTask<Releaser> AcquireAsync(string instanceId, CancellationToken ct)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(instanceId, out entry!)) _entries[instanceId] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Semaphore.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Leave(instanceId, entry, release: false);
            throw;
        }
        return new Releaser(this, instanceId, entry);
    }

    private void Leave(string instanceId, Entry entry, bool release)
    {
        if (release) entry.Semaphore.Release();
        lock (_entries)
        {
            if (--entry.Users == 0) _entries.Remove(instanceId);
        }
    }

    /// <summary>Releases the lock when disposed.</summary>
    public readonly struct Releaser : IDisposable
    {
        private readonly InstanceLocks _owner;
        private readonly string _id;
        private readonly object _entry;

        internal Releaser(InstanceLocks owner, string id, object entry)
        {
            _owner = owner;
            _id = id;
            _entry = entry;
        }

        public void Dispose() => _owner.Leave(_id, (Entry)_entry, release: true);
    }
}
