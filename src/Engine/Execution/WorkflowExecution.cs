using CallCenter.Engine.Expressions;
using CallCenter.Engine.Models;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Execution;

/// <summary>The state of one run (start or resume) of an instance, until it suspends or ends.</summary>
internal sealed class WorkflowExecution
{
    public required WorkflowInstance Instance { get; init; }
    public required ExecutableWorkflow Workflow { get; init; }
    public required ExpressionScope Scope { get; init; }
    public required ExpressionEngine Expressions { get; init; }
    public required IServiceProvider Services { get; init; }
    public required TimeProvider Time { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }
    public required ILogger Logger { get; init; }
    public CancellationToken CancellationToken { get; init; }
    public bool JournalEnabled { get; init; } = true;
    /// <summary>The simulator watching this run, if any (<see cref="Runtime.StartOptions.Simulation"/>).</summary>
    public Simulation.IFlowSimulation? Simulation { get; init; }
    public List<JournalEntry> Journal { get; } = [];
    public List<Incident> Incidents { get; } = [];
    /// <summary>Bookmarks created during this run: their timers must be armed once the run is saved.</summary>
    public List<Bookmark> NewBookmarks { get; } = [];
    /// <summary>Bookmarks removed during this run (resumed or dropped when the instance ended): their timers can go.</summary>
    public List<Bookmark> RemovedBookmarks { get; } = [];
}
