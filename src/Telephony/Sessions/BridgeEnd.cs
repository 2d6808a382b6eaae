namespace CallCenter.Telephony.Sessions;

/// <summary>Why two calls stopped being bridged.</summary>
public enum BridgeEnd
{
    /// <summary>This call ended.</summary>
    ThisSideHungUp,
    /// <summary>The other call ended.</summary>
    OtherSideHungUp,
    /// <summary>The application unbridged them (cancellation); both calls go on.</summary>
    Unbridged,
}
