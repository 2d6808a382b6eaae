using CallCenter.Engine.Execution;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Models;
using Microsoft.Extensions.Logging;

namespace CallCenter.Engine.Abstractions;

/// <summary>What an activity sees while it runs: its instance's variables, the resume input, services and time.</summary>
public sealed class ActivityContext
{
    private readonly WorkflowExecution _execution;

    internal ActivityContext(WorkflowExecution execution, ExecutableNode node, Bookmark? resumedBookmark, bool isTriggerStart)
    {
        _execution = execution;
        Node = node;
        ResumedBookmark = resumedBookmark;
        IsTriggerStart = isTriggerStart;
    }

    internal ExecutableNode Node { get; }
    public string ActivityId => Node.Id;
    public string ActivityType => Node.Descriptor.TypeName;
    public WorkflowInstance Instance => _execution.Instance;

    /// <summary>The designer's simulator when this run is simulated (<see cref="Runtime.StartOptions.Simulation"/>), else null.</summary>
    public Simulation.IFlowSimulation? Simulation => _execution.Simulation;
    public string InstanceId => _execution.Instance.Id;
    public string? CorrelationId => _execution.Instance.CorrelationId;
    /// <summary>The instance whose SubFlow started this one, or null for a top-level instance.</summary>
    public string? ParentInstanceId => Runtime.SubFlowLink.Of(_execution.Instance)?.ParentInstanceId;
    /// <summary>The top-level instance above this one (itself when it is not a sub-flow): e.g. the one a live call is bound to.</summary>
    public string RootInstanceId => Runtime.SubFlowLink.Of(_execution.Instance)?.RootInstanceId ?? _execution.Instance.Id;
    /// <summary>The value given to Resume (or the start input for the first activity).</summary>
    public object? ResumeInput => _execution.Scope.Input;
    /// <summary>The bookmark being resumed, when this call is a resume.</summary>
    public Bookmark? ResumedBookmark { get; }
    /// <summary>True when this trigger activity is the one that started the instance (so it must not wait again).</summary>
    public bool IsTriggerStart { get; }
    public IServiceProvider Services => _execution.Services;
    public CancellationToken CancellationToken => _execution.CancellationToken;
    public TimeProvider Time => _execution.Time;
    public TimeZoneInfo TimeZone => _execution.TimeZone;
    public ILogger Logger => _execution.Logger;
    /// <summary>
    /// The steps this run has journaled so far (a copy; earlier runs of the instance are in the instance store): e.g. the
    /// IVR path of a live call, which is saved only when the run suspends or ends.
    /// </summary>
    public IReadOnlyList<JournalEntry> StepsSoFar => [.. _execution.Journal];
    /// <summary>Now, in UTC.</summary>
    public DateTimeOffset Now => _execution.Time.GetUtcNow();

    public T Evaluate<T>(CompiledScript script, string? property = null)
    {
        try
        {
            // Scripts compute in the center's wall time (now has no offset): a moment read from one is in that zone, not the server's.
            return ValueConverter.Convert<T>(_execution.Expressions.Evaluate(script, _execution.Scope.Globals), TimeZone);
        }
        catch (Exception ex) when (ex is ExpressionException or FormatException or InvalidCastException or OverflowException)
        {
            var where = property is null ? $"activity '{ActivityId}'" : $"activity '{ActivityId}', property '{property}'";
            throw new ExpressionException($"{where}: {ex.Message} (in \"{script.Source}\")", ex);
        }
    }

    public object? GetVariable(string name) => _execution.Instance.Variables.GetValueOrDefault(name);

    public void SetVariable(string name, object? value)
    {
        _execution.Instance.Variables[name] = value;
        _execution.Scope.SetVariable(name, value);
    }
}
