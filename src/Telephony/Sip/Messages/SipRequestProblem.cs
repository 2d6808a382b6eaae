namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Why a well-formed request cannot be processed, with the response RFC 3261 §8.2 prescribes.</summary>
/// <param name="StatusCode">400, 416 or 420.</param>
/// <param name="Reason">What is wrong, fit for a log line.</param>
/// <param name="Unsupported">For 420: the option tags to list in Unsupported.</param>
public sealed record SipRequestProblem(int StatusCode, string Reason, IReadOnlyList<string> Unsupported);
