namespace CallCenter.Domain.Lists;

/// <summary>Which list an entry is on.</summary>
public enum ListKind
{
    /// <summary>黑名单: calls are refused.</summary>
    Blacklist,
    /// <summary>白名单: callers treated as VIP.</summary>
    Whitelist,
}
