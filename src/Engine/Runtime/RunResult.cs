using CallCenter.Engine.Models;

namespace CallCenter.Engine.Runtime;

/// <summary>The result of a start or resume: the instance as saved (null when nothing ran) and a message when nothing did.</summary>
public sealed record RunResult(RunOutcome Outcome, WorkflowInstance? Instance, IReadOnlyList<Incident> Incidents, string? Message = null)
{
    public string? InstanceId => Instance?.Id;
    public WorkflowStatus? Status => Instance?.Status;
    public IReadOnlyList<Bookmark> Bookmarks => Instance?.Bookmarks ?? (IReadOnlyList<Bookmark>)[];
    public bool Ran => Outcome is RunOutcome.Started or RunOutcome.Resumed or RunOutcome.Cancelled;

    internal static RunResult Nothing(RunOutcome outcome, string message) => new(outcome, null, [], message);
}
