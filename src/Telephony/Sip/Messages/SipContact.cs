namespace CallCenter.Telephony.Sip.Messages;

/// <summary>One Contact value: an address with expires and q, or the wildcard "*" (RFC 3261 §20.10).</summary>
public sealed class SipContact
{
    private SipContact(SipNameAddress? address) => Address = address;

    /// <summary>The address; null for the wildcard.</summary>
    public SipNameAddress? Address { get; }

    /// <summary>True for "Contact: *" (REGISTER removing all bindings).</summary>
    public bool IsWildcard => Address is null;

    /// <summary>The expires parameter in seconds (values beyond 2**32-1 are taken as 2**32-1), or null when absent or malformed.</summary>
    public long? Expires => SipHeaderValues.ParseDeltaSeconds(Address?.Parameters.Get("expires"));

    /// <summary>The q parameter (0–1), or null when absent or malformed.</summary>
    public double? Q =>
        double.TryParse(Address?.Parameters.Get("q"), System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var q) && q is >= 0 and <= 1 ? q : null;

    /// <summary>The wildcard contact.</summary>
    public static SipContact Wildcard { get; } = new(null);

    /// <summary>Parses one Contact value; null when malformed.</summary>
    public static SipContact? Parse(string value)
    {
        if (value.AsSpan().Trim(" \t").SequenceEqual("*")) return Wildcard;
        var address = SipNameAddress.Parse(value);
        return address is null ? null : new SipContact(address);
    }

    /// <summary>Creates a contact for an address.</summary>
    public static SipContact For(SipNameAddress address) => new(address);

    /// <summary>"*" or the name-addr form.</summary>
    public override string ToString() => Address?.ToString() ?? "*";
}
