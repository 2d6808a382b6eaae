namespace CallCenter.Bench.Engine;

/// <summary>Collection counts and pause time, to tell GC pauses apart from engine work in a timed run.</summary>
public readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long AllocatedBytes)
{
    public static GcSnapshot Take() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: false));

    public static GcSnapshot operator -(GcSnapshot after, GcSnapshot before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused, after.AllocatedBytes - before.AllocatedBytes);

    public override string ToString() =>
        $"{Gen0} gen0 / {Gen1} gen1 / {Gen2} gen2 collections, {Paused.TotalMilliseconds:N0} ms paused, {AllocatedBytes / 1048576.0:N0} MB allocated";
}
