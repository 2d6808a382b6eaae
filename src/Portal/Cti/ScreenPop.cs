using CallCenter.Domain.Calls;

namespace CallCenter.Portal.Cti;

/// <summary>
/// What an agent's desk (and an integrator's CRM) shows when a queued call is offered: the call and queue, how long the
/// caller has waited, the customer found by the caller's number, that number's recent calls and the customer's recent
/// tickets, and what the caller did in the IVR so far (steps, keys, attributes). <see cref="ServerInviteAt"/> is when
/// the caller's INVITE reached the server, the start of the screen-pop latency.
/// </summary>
public sealed record ScreenPop(
    string CallId,
    string Caller,
    string Called,
    string Queue,
    string AgentId,
    string? Extension,
    DateTimeOffset OfferedAt,
    DateTimeOffset? EnteredQueueAt,
    double? WaitSeconds,
    DateTimeOffset? ServerInviteAt,
    ScreenPopCustomer? Customer,
    IReadOnlyList<ScreenPopCall> RecentCalls,
    IReadOnlyList<ScreenPopTicket> RecentTickets,
    IReadOnlyList<CallStep> Path,
    IReadOnlyList<CallDigits> Digits,
    IReadOnlyDictionary<string, string> Attributes);
