using CallCenter.Domain.Numbers;
using CallCenter.Domain.Texts;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The answer of <see cref="ClickToDial.StartAsync"/>: the dial started (it goes on in the background: follow it in
/// <see cref="Dials"/>), or why not, with a message an agent can act on. <see cref="Classification"/> is set once the number was read.
/// </summary>
public sealed record DialStartResult(DialSnapshot? Dial, DialRefusal? Refusal, UserMessage? Reason, DialClassification? Classification)
{
    public bool Started => Dial is not null;

    /// <summary>Why not, in English (API, logs); the UI shows <see cref="Reason"/> in the user's language.</summary>
    public string? Message => Reason?.ToString();

    internal static DialStartResult Refused(DialRefusal refusal, UserMessage reason, DialClassification? classification = null) =>
        new(null, refusal, reason, classification);

    internal static DialStartResult Refused(DialRefusal refusal, UserMessageBuilder reason, DialClassification? classification = null) =>
        new(null, refusal, reason.Build(), classification);
}
