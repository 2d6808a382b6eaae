namespace CallCenter.Domain.Lists;

/// <summary>What the lists say about a caller.</summary>
public enum ScreeningVerdict
{
    Normal,
    Blocked,
    Vip,
}
