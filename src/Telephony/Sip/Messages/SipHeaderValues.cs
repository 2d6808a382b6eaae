namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Scalar and list values shared by the typed header views.</summary>
internal static class SipHeaderValues
{
    /// <summary>delta-seconds; RFC 3261 takes values beyond 2**32-1 as 2**32-1. Null when not digits.</summary>
    public static long? ParseDeltaSeconds(string? value)
    {
        if (value is null) return null;
        var s = value.AsSpan().Trim(" \t");
        if (s.IsEmpty) return null;
        foreach (var c in s) if (c < '0' || c > '9') return null;
        return SipText.TryParseDigits(s, uint.MaxValue, out var v) ? (long)v : uint.MaxValue;
    }
}
