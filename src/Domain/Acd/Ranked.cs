namespace CallCenter.Domain.Acd;

/// <summary>
/// An item with the sort key it was inserted with. Keys are frozen at insertion so that removal finds the entry even
/// after the item's own fields changed; an item is removed before its key changes and re-inserted after.
/// </summary>
internal readonly record struct Ranked<T>(long A, long B, long C, int Id, T Item) where T : class;

/// <summary>Orders <see cref="Ranked{T}"/> by A, B, C, then Id; the item itself is never compared.</summary>
internal sealed class RankedComparer<T> : IComparer<Ranked<T>> where T : class
{
    public static readonly RankedComparer<T> Instance = new();

    public int Compare(Ranked<T> x, Ranked<T> y)
    {
        var c = x.A.CompareTo(y.A);
        if (c != 0) return c;
        c = x.B.CompareTo(y.B);
        if (c != 0) return c;
        c = x.C.CompareTo(y.C);
        return c != 0 ? c : x.Id.CompareTo(y.Id);
    }
}
