using CallCenter.Domain.Agents;
using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>The outcome of saving a report subscription: the saved one, or errors a user can act on (keyed by camelCase field name).</summary>
public sealed record ReportSubscriptionSaveResult(SaveStatus Status, ReportSubscription? Subscription, IReadOnlyDictionary<string, UserMessage[]> Errors)
{
    public bool Succeeded => Status is SaveStatus.Created or SaveStatus.Updated;
}
