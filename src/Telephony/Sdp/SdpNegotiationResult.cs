using System.Diagnostics.CodeAnalysis;

namespace CallCenter.Telephony.Sdp;

/// <summary>The outcome of answering an offer or of processing an answer to our offer.</summary>
public sealed class SdpNegotiationResult
{
    private SdpNegotiationResult(SdpMediaAgreement? agreement, SdpSessionDescription? answer, SdpNegotiationError error, string message)
    {
        Agreement = agreement;
        Answer = answer;
        Error = error;
        Message = message;
    }

    /// <summary>The settled audio stream when <see cref="Success"/>.</summary>
    public SdpMediaAgreement? Agreement { get; }

    /// <summary>Our answer, when we answered an offer; null after processing an answer.</summary>
    public SdpSessionDescription? Answer { get; }

    /// <summary>The reason for failure, or <see cref="SdpNegotiationError.None"/>.</summary>
    public SdpNegotiationError Error { get; }

    /// <summary>A sentence for logs and the Warning header.</summary>
    public string Message { get; }

    /// <summary>True when an audio stream was agreed.</summary>
    [MemberNotNullWhen(true, nameof(Agreement))]
    public bool Success => Agreement is not null;

    /// <summary>A successful result.</summary>
    public static SdpNegotiationResult Ok(SdpMediaAgreement agreement, SdpSessionDescription? answer) =>
        new(agreement, answer, SdpNegotiationError.None, "audio agreed");

    /// <summary>A failed result.</summary>
    public static SdpNegotiationResult Fail(SdpNegotiationError error, string message) =>
        new(null, null, error, message);
}
