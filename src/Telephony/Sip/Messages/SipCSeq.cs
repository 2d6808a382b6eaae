namespace CallCenter.Telephony.Sip.Messages;

/// <summary>The CSeq header: sequence number and method (RFC 3261 §20.16).</summary>
/// <param name="Number">Sequence number, below 2**31 as RFC 3261 §8.1.1.5 requires.</param>
/// <param name="Method">The method, case-sensitive.</param>
public sealed record SipCSeq(long Number, string Method)
{
    /// <summary>Parses "number LWS method"; null when malformed or the number is 2**31 or more.</summary>
    public static SipCSeq? Parse(string value)
    {
        var s = value.AsSpan().Trim(" \t");
        var i = 0;
        while (i < s.Length && s[i] != ' ' && s[i] != '\t') i++;
        if (!SipText.TryParseDigits(s[..i], int.MaxValue, out var number)) return null;
        var method = s[i..].TrimStart(" \t");
        if (!SipText.IsToken(method)) return null;
        return new SipCSeq((long)number, SipMethods.Intern(method));
    }

    /// <summary>Renders as "number method".</summary>
    public override string ToString() => $"{Number} {Method}";
}
