namespace CallCenter.Domain.Acd;

/// <summary>Who ended a connected call.</summary>
public enum CallSide
{
    Agent,
    Caller,
}
