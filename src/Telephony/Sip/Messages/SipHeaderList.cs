namespace CallCenter.Telephony.Sip.Messages;

/// <summary>The headers of a message in received order (unknown ones verbatim), with name lookups that ignore case.</summary>
public sealed class SipHeaderList : IReadOnlyList<SipHeader>
{
    private readonly List<SipHeader> _items;

    /// <summary>Creates an empty list.</summary>
    public SipHeaderList() => _items = new List<SipHeader>(16);

    /// <summary>Changes on every edit, so typed views cached by the message know when to re-parse.</summary>
    internal int Version { get; private set; }

    /// <summary>Number of header lines.</summary>
    public int Count => _items.Count;

    /// <summary>The header line at <paramref name="index"/>.</summary>
    public SipHeader this[int index] => _items[index];

    /// <summary>Appends a header line (the name is canonicalised: compact forms expanded).</summary>
    public void Add(string name, string value)
    {
        _items.Add(new SipHeader(SipHeaderNames.Canonical(name), value));
        Version++;
    }

    internal void AddCanonical(string canonicalName, string value)
    {
        _items.Add(new SipHeader(canonicalName, value));
        Version++;
    }

    /// <summary>Inserts a header line at a position (e.g. a new top Via at 0).</summary>
    public void Insert(int index, string name, string value)
    {
        _items.Insert(index, new SipHeader(SipHeaderNames.Canonical(name), value));
        Version++;
    }

    /// <summary>Inserts a header line before the first one with the same name, or appends it.</summary>
    public void AddFirst(string name, string value)
    {
        var canonical = SipHeaderNames.Canonical(name);
        var i = IndexOf(canonical);
        _items.Insert(i < 0 ? _items.Count : i, new SipHeader(canonical, value));
        Version++;
    }

    /// <summary>Replaces every line of this name by one line with <paramref name="value"/>, kept at the first one's position.</summary>
    public void Set(string name, string value)
    {
        var canonical = SipHeaderNames.Canonical(name);
        var i = IndexOf(canonical);
        Remove(canonical);
        _items.Insert(i < 0 ? _items.Count : i, new SipHeader(canonical, value));
        Version++;
    }

    /// <summary>Removes every line of this name; returns how many were removed.</summary>
    public int Remove(string name)
    {
        var canonical = SipHeaderNames.Canonical(name);
        var n = _items.RemoveAll(h => h.Is(canonical));
        if (n > 0) Version++;
        return n;
    }

    /// <summary>Removes the line at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        _items.RemoveAt(index);
        Version++;
    }

    /// <summary>The value of the first line with this name, or null.</summary>
    public string? Get(string name)
    {
        var i = IndexOf(SipHeaderNames.Canonical(name));
        return i < 0 ? null : _items[i].Value;
    }

    /// <summary>How many lines carry this name.</summary>
    public int CountOf(string name)
    {
        var canonical = SipHeaderNames.Canonical(name);
        var n = 0;
        foreach (var h in _items) if (h.Is(canonical)) n++;
        return n;
    }

    /// <summary>Values of every line with this name, in order (one entry per line, not split at commas).</summary>
    public List<string> GetAll(string name)
    {
        var canonical = SipHeaderNames.Canonical(name);
        var list = new List<string>();
        foreach (var h in _items) if (h.Is(canonical)) list.Add(h.Value);
        return list;
    }

    /// <summary>Every comma-separated element of every line with this name (quotes and angle brackets respected); null when a line is unbalanced.</summary>
    public List<string>? GetElements(string name)
    {
        var canonical = SipHeaderNames.Canonical(name);
        var list = new List<string>();
        foreach (var h in _items)
            if (h.Is(canonical) && !SipText.TrySplitList(h.Value, list)) return null;
        return list;
    }

    private int IndexOf(string canonical)
    {
        for (var i = 0; i < _items.Count; i++) if (_items[i].Is(canonical)) return i;
        return -1;
    }

    /// <summary>Enumerates lines in order.</summary>
    public List<SipHeader>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<SipHeader> IEnumerable<SipHeader>.GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
