using CallCenter.Engine.Models;
using CallCenter.Engine.Simulation;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>
/// An <see cref="IFlowSimulation"/> that records what the engine reports (as "activity started" / "activity Outcome"
/// lines, the steps and the variables after each) and answers <see cref="ChooseOutcomeAsync"/> from <see cref="Choices"/>.
/// </summary>
public sealed class RecordingSimulation(TimeProvider? clock = null) : IFlowSimulation
{
    private readonly Lock _lock = new();
    private readonly List<string> _events = [];
    private readonly List<SimulatedStep> _started = [];
    private readonly List<SimulatedStep> _asked = [];
    private readonly List<(JournalEntry Entry, IReadOnlyDictionary<string, object?> Variables)> _ended = [];
    private readonly List<(string Line, TaskCompletionSource Signal)> _waiters = [];

    public TimeProvider? Clock => clock;

    /// <summary>The outcome to choose per activity id.</summary>
    public Dictionary<string, string> Choices { get; } = new(StringComparer.Ordinal);

    /// <summary>"id started" and "id Outcome" lines in the order the engine reported them.</summary>
    public IReadOnlyList<string> Events { get { lock (_lock) return [.. _events]; } }

    public IReadOnlyList<SimulatedStep> Started { get { lock (_lock) return [.. _started]; } }

    /// <summary>The steps the engine asked an outcome for.</summary>
    public IReadOnlyList<SimulatedStep> Asked { get { lock (_lock) return [.. _asked]; } }

    public IReadOnlyList<(JournalEntry Entry, IReadOnlyDictionary<string, object?> Variables)> Ended { get { lock (_lock) return [.. _ended]; } }

    public void StepStarted(SimulatedStep step)
    {
        lock (_lock)
        {
            _started.Add(step);
            Add($"{step.ActivityId} started");
        }
    }

    public void StepEnded(JournalEntry entry, IReadOnlyDictionary<string, object?> variables)
    {
        lock (_lock)
        {
            _ended.Add((entry, variables));
            Add($"{entry.ActivityId} {entry.Outcome}");
        }
    }

    public ValueTask<string> ChooseOutcomeAsync(SimulatedStep step, CancellationToken ct)
    {
        lock (_lock) _asked.Add(step);
        return new(Choices.TryGetValue(step.ActivityId, out var outcome) ? outcome : throw new InvalidOperationException($"the test chose no outcome for {step.ActivityId}"));
    }

    /// <summary>Completes once the engine has reported <paramref name="line"/> (e.g. "hold Suspended"); fails after the timeout.</summary>
    public Task WaitForEventAsync(string line, TimeSpan timeout)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_events.Contains(line)) return Task.CompletedTask;
            _waiters.Add((line, signal));
        }
        return signal.Task.WaitAsync(timeout);
    }

    // Under the lock.
    private void Add(string line)
    {
        _events.Add(line);
        foreach (var waiter in _waiters.Where(w => w.Line == line).ToList())
        {
            waiter.Signal.TrySetResult();
            _waiters.Remove(waiter);
        }
    }
}
