namespace CallCenter.Telephony.Sessions;

/// <summary>Who placed the call.</summary>
public enum CallDirection
{
    /// <summary>Someone called us (a caller, an extension, a trunk).</summary>
    Inbound,
    /// <summary>We called out (originate: a callback, a campaign, a transfer).</summary>
    Outbound,
}
