using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCenter.Domain.Tests.QueueEvents;

/// <summary>Counts SaveChanges calls that stored something (one per batch of the log writer) and signals the first.</summary>
public sealed class SaveCounter : SaveChangesInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public TaskCompletionSource FirstSave { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (result > 0)
        {
            Interlocked.Increment(ref _count);
            FirstSave.TrySetResult();
        }
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
