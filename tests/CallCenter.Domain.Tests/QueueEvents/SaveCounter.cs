using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCenter.Domain.Tests.QueueEvents;

/// <summary>Counts SaveChanges calls that stored something (one per batch of the log writer), signals the first, and counts failed ones.</summary>
public sealed class SaveCounter : SaveChangesInterceptor
{
    private readonly List<int> _sizes = [];
    private int _count, _failures;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The rows each successful save stored, in order.</summary>
    public IReadOnlyList<int> Sizes
    {
        get { lock (_sizes) return [.. _sizes]; }
    }

    public int Failures => Volatile.Read(ref _failures);

    public TaskCompletionSource FirstSave { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0)
        {
            Interlocked.Increment(ref _count);
            lock (_sizes) _sizes.Add(result);
            FirstSave.TrySetResult();
        }
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _failures);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }
}
