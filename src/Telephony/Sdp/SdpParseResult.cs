using System.Diagnostics.CodeAnalysis;

namespace CallCenter.Telephony.Sdp;

/// <summary>The outcome of parsing an SDP body: a description, or an error naming the line.</summary>
public sealed class SdpParseResult
{
    private SdpParseResult(SdpSessionDescription? description, SdpParseError? error)
    {
        Description = description;
        Error = error;
    }

    /// <summary>The parsed description when <see cref="Success"/>.</summary>
    public SdpSessionDescription? Description { get; }

    /// <summary>The reason for refusal when not <see cref="Success"/>.</summary>
    public SdpParseError? Error { get; }

    /// <summary>True when the body was well-formed.</summary>
    [MemberNotNullWhen(true, nameof(Description))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Description is not null;

    /// <summary>A successful result.</summary>
    public static SdpParseResult Ok(SdpSessionDescription description) => new(description, null);

    /// <summary>A failed result.</summary>
    public static SdpParseResult Fail(int lineNumber, string message) => new(null, new SdpParseError(lineNumber, message));
}
