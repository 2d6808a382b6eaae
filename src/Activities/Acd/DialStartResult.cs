using CallCenter.Domain.Numbers;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The answer of <see cref="ClickToDial.StartAsync"/>: the dial started (it goes on in the background: follow it in
/// <see cref="Dials"/>), or why not, with a message an agent can act on. <see cref="Classification"/> is set once the number was read.
/// </summary>
public sealed record DialStartResult(DialSnapshot? Dial, DialRefusal? Refusal, string? Message, DialClassification? Classification)
{
    public bool Started => Dial is not null;

    internal static DialStartResult Refused(DialRefusal refusal, string message, DialClassification? classification = null) =>
        new(null, refusal, message, classification);
}
