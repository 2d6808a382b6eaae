namespace CallCenter.Telephony.Sip.Registrar;

/// <summary>The outcome of applying a REGISTER (maps to the SIP response code).</summary>
public enum RegistrationOutcome
{
    /// <summary>200 OK with the current contacts.</summary>
    Ok,
    /// <summary>423 Interval Too Brief: an expiry below the minimum (Min-Expires in the result).</summary>
    IntervalTooBrief,
    /// <summary>500: an out-of-order or replayed REGISTER (same Call-ID, CSeq not higher).</summary>
    OutOfOrder,
    /// <summary>400: "*" mixed with other contacts or with an expiry other than 0.</summary>
    InvalidWildcard,
}
