using CallCenter.Engine.Models;

namespace CallCenter.Engine.Runtime;

/// <summary>The result of a start or resume: the instance as saved (null when nothing ran) and a message when nothing did.</summary>
public sealed record RunResult(RunOutcome Outcome, WorkflowInstance? Instance, IReadOnlyList<Incident> Incidents, string? Message = null)
{
    public string? InstanceId => Instance?.Id;
    public WorkflowStatus? Status => Instance?.Status;
    public IReadOnlyList<Bookmark> Bookmarks => Instance?.Bookmarks ?? (IReadOnlyList<Bookmark>)[];
    /// <summary>Sub-flow work to do once the instance's lock is released (children to cancel or check, a parent to resume).</summary>
    internal SubFlowFollowUp? SubFlows { get; init; }
    public bool Ran => Outcome is RunOutcome.Started or RunOutcome.Resumed or RunOutcome.Cancelled;

    internal static RunResult Nothing(RunOutcome outcome, string message) => new(outcome, null, [], message);
}
