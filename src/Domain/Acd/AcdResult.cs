using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Acd;

/// <summary>The typed result of an ACD operation: success, or an error code with a reason a user can act on.</summary>
public sealed record AcdResult(AcdErrorCode Error, UserMessage? Reason)
{
    /// <summary>The one success value.</summary>
    public static readonly AcdResult Ok = new(AcdErrorCode.None, null);

    /// <summary>Whether the operation happened.</summary>
    public bool Succeeded => Error == AcdErrorCode.None;

    /// <summary>The reason in English (API, logs); the UI shows <see cref="Reason"/> in the user's language.</summary>
    public string? Message => Reason?.ToString();

    /// <summary>A refusal with its reason.</summary>
    public static AcdResult Fail(AcdErrorCode error, UserMessage reason) => new(error, reason);

    /// <summary>A refusal with its reason written as an interpolated string (the values stay apart for translation).</summary>
    public static AcdResult Fail(AcdErrorCode error, UserMessageBuilder reason) => new(error, reason.Build());
}
