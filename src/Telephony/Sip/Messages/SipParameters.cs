namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Ordered <c>;name=value</c> parameters of a URI or header value; names compare case-insensitively, a value is null for a flag parameter.</summary>
public sealed class SipParameters
{
    private static readonly List<KeyValuePair<string, string?>> None = new(0);
    private List<KeyValuePair<string, string?>> _items = None; // most URIs and headers carry few or no parameters: allocate on first add

    /// <summary>An empty, shared-nothing parameter list.</summary>
    public static SipParameters Empty() => new();

    /// <summary>Number of parameters.</summary>
    public int Count => _items.Count;

    /// <summary>Parameter at <paramref name="index"/>, in received order.</summary>
    public KeyValuePair<string, string?> this[int index] => _items[index];

    /// <summary>True when a parameter with this name is present (with or without value).</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The value of the first parameter with this name; null if absent or a flag.</summary>
    public string? Get(string name)
    {
        var i = IndexOf(name);
        return i < 0 ? null : _items[i].Value;
    }

    /// <summary>Adds or replaces a parameter.</summary>
    public void Set(string name, string? value)
    {
        var i = IndexOf(name);
        if (i < 0) Add(name, value);
        else _items[i] = new(name, value);
    }

    /// <summary>Removes every parameter with this name.</summary>
    public void Remove(string name)
    {
        if (_items.Count > 0) _items.RemoveAll(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _items.Count; i++)
            if (string.Equals(_items[i].Key, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    internal void Add(string name, string? value)
    {
        if (ReferenceEquals(_items, None)) _items = new List<KeyValuePair<string, string?>>(4);
        _items.Add(new(name, value));
    }

    /// <summary>Header parameters (generic-param: token [= token / host / quoted-string]) from text that starts right after the first ';'.</summary>
    internal static bool TryParseHeaderParams(ReadOnlySpan<char> s, SipParameters into)
    {
        while (true)
        {
            var end = FindParamEnd(s);
            if (end < 0) return false;
            var item = s[..end].Trim(" \t");
            if (item.IsEmpty) return false;
            var eq = item.IndexOf('=');
            if (eq < 0)
            {
                if (!SipText.IsToken(item)) return false;
                into.Add(item.ToString(), null);
            }
            else
            {
                var name = item[..eq].TrimEnd(" \t");
                var value = item[(eq + 1)..].TrimStart(" \t");
                if (!SipText.IsToken(name) || value.IsEmpty) return false;
                string v;
                if (value[0] == '"')
                {
                    if (SipText.FindClosingQuote(value, 0) != value.Length - 1) return false;
                    v = SipText.Unquote(value[1..^1]);
                }
                else
                {
                    foreach (var c in value)
                        if (!SipText.IsTokenChar(c) && c is not (':' or '[' or ']')) return false;
                    v = value.ToString();
                }
                into.Add(name.ToString(), v);
            }
            if (end == s.Length) return true;
            s = s[(end + 1)..];
        }
    }

    /// <summary>URI parameters (paramchar with %HH escapes resolved) from text that starts right after the first ';'.</summary>
    internal static bool TryParseUriParams(ReadOnlySpan<char> s, SipParameters into)
    {
        while (true)
        {
            var end = s.IndexOf(';');
            var item = end < 0 ? s : s[..end];
            if (item.IsEmpty) return false;
            var eq = item.IndexOf('=');
            var name = eq < 0 ? item : item[..eq];
            if (name.IsEmpty || !IsParamChars(name)) return false;
            if (eq < 0) into.Add(SipText.Unescape(name), null);
            else
            {
                var value = item[(eq + 1)..];
                if (value.IsEmpty || !IsParamChars(value)) return false;
                into.Add(SipText.Unescape(name), SipText.Unescape(value));
            }
            if (end < 0) return true;
            s = s[(end + 1)..];
        }
    }

    private static bool IsParamChars(ReadOnlySpan<char> s)
    {
        if (!SipText.EscapesWellFormed(s)) return false;
        foreach (var c in s)
        {
            if (char.IsAsciiLetterOrDigit(c)) continue;
            if (c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')' or '%'
                or '[' or ']' or '/' or ':' or '&' or '+' or '$') continue;
            return false;
        }
        return true;
    }

    private static int FindParamEnd(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '"')
            {
                var close = SipText.FindClosingQuote(s, i);
                if (close < 0) return -1;
                i = close;
            }
            else if (s[i] == ';') return i;
        }
        return s.Length;
    }

    /// <summary>Renders as <c>;name=value</c> pairs; values that are not tokens are quoted.</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in _items)
        {
            sb.Append(';').Append(p.Key);
            if (p.Value is null) continue;
            sb.Append('=');
            if (p.Value.Length > 0 && IsPlain(p.Value)) sb.Append(p.Value);
            else sb.Append('"').Append(p.Value.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
        }
        return sb.ToString();
    }

    private static bool IsPlain(string v)
    {
        foreach (var c in v) if (!SipText.IsTokenChar(c) && c is not (':' or '[' or ']')) return false;
        return true;
    }
}
