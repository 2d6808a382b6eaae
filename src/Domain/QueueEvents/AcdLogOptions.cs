namespace CallCenter.Domain.QueueEvents;

/// <summary>
/// The asynchronous writer of the queue log and agent status log (section <c>Acd:Log</c>). The ACD only enqueues;
/// one background writer inserts in batches.
/// </summary>
public sealed class AcdLogOptions
{
    /// <summary>
    /// Rows that may wait in memory to be written. When full (the database is down or far too slow), new rows are
    /// dropped and counted rather than slowing the ACD. Default 100,000.
    /// </summary>
    public int Capacity { get; set; } = 100_000;

    /// <summary>Most rows written in one transaction. Default 500.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// How long the writer waits for a batch to fill after its first row, so a quiet center writes a few rows per
    /// transaction rather than one. Default 200 ms; zero writes whatever has gathered at once.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Attempts at writing one batch before its rows are given up (counted, logged). Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Pause between attempts at a failed batch. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
