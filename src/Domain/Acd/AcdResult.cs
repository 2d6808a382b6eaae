namespace CallCenter.Domain.Acd;

/// <summary>The typed result of an ACD operation: success, or an error code with a message a user can act on.</summary>
public sealed record AcdResult(AcdErrorCode Error, string? Message)
{
    /// <summary>The one success value.</summary>
    public static readonly AcdResult Ok = new(AcdErrorCode.None, null);

    /// <summary>Whether the operation happened.</summary>
    public bool Succeeded => Error == AcdErrorCode.None;

    /// <summary>A refusal with its reason.</summary>
    public static AcdResult Fail(AcdErrorCode error, string message) => new(error, message);
}
