namespace CallCenter.Domain.Numbers;

/// <summary>What kind of number an agent dials (<see cref="DialClassifier"/>); each kind needs a dial permission.</summary>
public enum DialledNumberKind
{
    /// <summary>Not a number that can be dialled (letters, too short or too long, an unknown form).</summary>
    Invalid,
    /// <summary>One of the center's extensions (Internal).</summary>
    Extension,
    /// <summary>One of the center's own service numbers, the called number of an inbound route (Internal).</summary>
    ServiceNumber,
    /// <summary>An emergency or short service number, 3–6 digits: 110, 12345, 95588 (Local).</summary>
    ShortNumber,
    /// <summary>A fixed line of the local area, dialled with or without the local area code (Local).</summary>
    LocalFixedLine,
    /// <summary>A national 400/800 number (charged locally at most to the caller) (Local).</summary>
    NationalServiceNumber,
    /// <summary>A fixed line of another area (LongDistance).</summary>
    OtherAreaFixedLine,
    /// <summary>A mobile number, 1[3-9] and 9 more digits (LongDistance).</summary>
    Mobile,
    /// <summary>A number in another country (International).</summary>
    International,
}
