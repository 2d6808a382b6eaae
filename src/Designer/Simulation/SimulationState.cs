namespace CallCenter.Designer.Simulation;

/// <summary>
/// A simulated call as it stands: the transcript (<see cref="Lines"/>), the steps run so far (<see cref="Steps"/>, of
/// the flow and its sub-flows), the activity running now, the flow's variables, the choice waiting for the user, and
/// whether it ended (and why).
/// </summary>
public sealed record SimulationState(
    IReadOnlyList<SimulationLine> Lines,
    IReadOnlyList<SimulationStep> Steps,
    SimulationStep? Current,
    IReadOnlyList<KeyValuePair<string, string>> Variables,
    SimulationChoice? Choice,
    bool Ended,
    string? Error)
{
    /// <summary>Before anything ran.</summary>
    public static SimulationState Starting { get; } = new([], [], null, [], null, false, null);
}
