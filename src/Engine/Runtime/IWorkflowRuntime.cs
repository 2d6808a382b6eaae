using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;

namespace CallCenter.Engine.Runtime;

/// <summary>Starts, resumes, cancels and queries workflow instances.</summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts the latest published version of a definition.</summary>
    Task<RunResult> StartAsync(string definitionId, StartOptions? options = null, CancellationToken ct = default);
    /// <summary>Starts every published flow whose start trigger matches (e.g. <c>InboundCall</c>, <c>"12345"</c>).</summary>
    Task<IReadOnlyList<RunResult>> StartByTriggerAsync(string triggerType, string key, StartOptions? options = null, CancellationToken ct = default);
    /// <summary>
    /// Runs <paramref name="definition"/> as it is — a draft not yet published, or an old version — for the designer's
    /// simulator: compiled now and kept with the instance (not in the published cache), watched and steered by
    /// <see cref="StartOptions.Simulation"/>, which must be set. A definition that does not compile returns
    /// <see cref="RunOutcome.NotFound"/> with the errors as its message.
    /// </summary>
    Task<RunResult> SimulateAsync(WorkflowDefinition definition, StartOptions options, CancellationToken ct = default);
    /// <summary>Resumes one bookmark; a bookmark resumed twice (even concurrently) runs once.</summary>
    Task<RunResult> ResumeAsync(string bookmarkId, object? input = null, CancellationToken ct = default);
    /// <summary>Resumes every bookmark of a type with a correlation key (e.g. <c>Event</c>, <c>"TicketClosed:42"</c>).</summary>
    Task<IReadOnlyList<RunResult>> ResumeByStimulusAsync(string bookmarkType, string? correlationKey, object? input = null, CancellationToken ct = default);
    /// <summary>Ends an instance as Cancelled (e.g. the caller hung up), interrupting a run in progress.</summary>
    Task<RunResult> CancelAsync(string instanceId, CancellationToken ct = default);
    Task<WorkflowInstance?> GetInstanceAsync(string instanceId, CancellationToken ct = default);
    Task<IReadOnlyList<WorkflowInstance>> QueryInstancesAsync(InstanceQuery query, CancellationToken ct = default);
}
