namespace CallCenter.Domain.Agents;

/// <summary>
/// The farthest an agent may dial out (a maximum level: each includes the ones before it). Stored as text.
/// </summary>
public enum DialPermission
{
    /// <summary>Extensions and service numbers of the center only.</summary>
    Internal,
    /// <summary>Also numbers of the local area (市话).</summary>
    Local,
    /// <summary>Also other areas of the country and mobiles (长途).</summary>
    LongDistance,
    /// <summary>Also numbers abroad (国际).</summary>
    International,
}
