namespace CallCenter.Bench.Engine;

/// <summary>
/// Counts WorkflowCore instances reaching the wait and the end (WorkflowCore runs them on its own
/// worker threads, so the benchmark learns of progress from the steps themselves) and keeps each receipt.
/// </summary>
public sealed class WorkflowCoreProbe
{
    private int _waiting;
    private int _completed;
    private int _target;
    private string?[] _receipts = [];
    private TaskCompletionSource _allWaiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _allCompleted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task AllWaiting => _allWaiting.Task;
    public Task AllCompleted => _allCompleted.Task;
    public int WaitingCount => Volatile.Read(ref _waiting);
    public int CompletedCount => Volatile.Read(ref _completed);

    /// <summary>Starts a new batch; call only when the previous batch has completed.</summary>
    public void Reset(int count)
    {
        _target = count;
        _receipts = new string?[count];
        _waiting = 0;
        _completed = 0;
        _allWaiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _allCompleted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Waiting()
    {
        if (Interlocked.Increment(ref _waiting) == _target) _allWaiting.TrySetResult();
    }

    public void Completed(WorkflowCoreData data)
    {
        _receipts[data.N] = data.Receipt;
        if (Interlocked.Increment(ref _completed) == _target) _allCompleted.TrySetResult();
    }

    public string? ReceiptOf(int n) => _receipts[n];
}
