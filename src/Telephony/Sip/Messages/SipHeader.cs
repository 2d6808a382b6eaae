namespace CallCenter.Telephony.Sip.Messages;

/// <summary>One header line: the canonical name (long form for known headers) and the unfolded value, trimmed.</summary>
/// <param name="Name">Canonical name for known headers (compact forms expanded), else as received.</param>
/// <param name="Value">Value with folding replaced by single spaces, as received otherwise.</param>
public readonly record struct SipHeader(string Name, string Value)
{
    /// <summary>True when this header has the given name (case-insensitive, compact forms not applied).</summary>
    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);
}
