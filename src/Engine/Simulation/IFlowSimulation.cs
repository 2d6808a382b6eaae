using CallCenter.Engine.Models;

namespace CallCenter.Engine.Simulation;

/// <summary>
/// A run someone is watching and steering (the designer's simulator), given in <see cref="Runtime.StartOptions.Simulation"/>:
/// the instance (and the sub-flows it starts) sees <see cref="Clock"/> as its time, each step is reported as it starts
/// and ends, and an activity whose effect reaches outside the flow (<see cref="Descriptors.ActivityDescriptor.HasExternalEffect"/>:
/// ringing agents, sending messages, storing tickets) is not run: <see cref="ChooseOutcomeAsync"/> says which of its
/// outcomes it takes. Calls come from the run's thread; implementations must not block it.
/// </summary>
public interface IFlowSimulation
{
    /// <summary>The time the flow sees (a simulated time of day); the engine's clock when null.</summary>
    TimeProvider? Clock { get; }

    /// <summary>A step starts: <paramref name="step"/>'s activity is about to run.</summary>
    void StepStarted(SimulatedStep step);

    /// <summary>A step ended as journalled, with the instance's variables after it (a copy).</summary>
    void StepEnded(JournalEntry entry, IReadOnlyDictionary<string, object?> variables);

    /// <summary>The outcome an activity with an external effect takes instead of running; one of <see cref="SimulatedStep.Outcomes"/>.</summary>
    ValueTask<string> ChooseOutcomeAsync(SimulatedStep step, CancellationToken ct);
}
