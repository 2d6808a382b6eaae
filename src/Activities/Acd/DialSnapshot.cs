using CallCenter.Domain.Agents;
using CallCenter.Domain.Numbers;
using CallCenter.Domain.Texts;

namespace CallCenter.Activities.Acd;

/// <summary>
/// One click-to-dial call as it is now (immutable; each change is a new snapshot in <see cref="Dials"/>): who dials what,
/// where it is, the message when it failed or ended, and the times (UTC) of each step.
/// </summary>
/// <param name="Number">The number dialled, as classified ("13800138000", "+14155550100").</param>
/// <param name="Destination">Where the customer leg goes: the extension or the trunk URI.</param>
public sealed record DialSnapshot(string DialId, string AgentId, string Extension, string Number, DialledNumberKind Kind, DialPermission Needs,
    string Destination, DialState State, DateTimeOffset StartedAt)
{
    /// <summary>Why it failed or how it ended ("the customer is busy (486)", "the customer hung up"); null while it goes on.</summary>
    public UserMessage? Message { get; init; }

    public DateTimeOffset? AgentAnsweredAt { get; init; }

    public DateTimeOffset? CustomerAnsweredAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Whether it is over (Ended or Failed).</summary>
    public bool IsOver => State is DialState.Ended or DialState.Failed;
}
