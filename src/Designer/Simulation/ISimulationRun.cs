namespace CallCenter.Designer.Simulation;

/// <summary>
/// One simulated call in progress: its <see cref="State"/> (what was heard and pressed, the path, the variables, a
/// choice waiting) changes as the flow runs and raises <see cref="Changed"/> (from the run's thread); the caller's
/// actions are the keypad, skipping a prompt, hanging up, and choosing the outcome of an activity with an external
/// effect. Disposing hangs up if still running.
/// </summary>
public interface ISimulationRun : IAsyncDisposable
{
    SimulationState State { get; }

    event Action? Changed;

    /// <summary>The caller presses a key (0-9, *, #).</summary>
    void Press(char key);

    /// <summary>Ends the prompt playing now.</summary>
    void SkipPrompt();

    /// <summary>The caller hangs up.</summary>
    void HangUp();

    /// <summary>The outcome the waiting activity (<see cref="SimulationState.Choice"/>) takes instead of running.</summary>
    void Choose(string outcome);
}
