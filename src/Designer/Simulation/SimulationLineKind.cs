namespace CallCenter.Designer.Simulation;

/// <summary>What a transcript line (<see cref="SimulationLine"/>) tells.</summary>
public enum SimulationLineKind
{
    /// <summary>The call came in (text: caller → called, and the simulated time).</summary>
    Started,

    /// <summary>The flow answered.</summary>
    Answered,

    /// <summary>A prompt played (text: its words, or the library prompt's name).</summary>
    Prompt,

    /// <summary>The caller pressed a key.</summary>
    Key,

    /// <summary>The user chose an outcome for an activity with an external effect.</summary>
    Choice,

    /// <summary>The call ended (text: who hung up and why).</summary>
    Ended,

    /// <summary>An activity failed or the flow could not run (text: the error).</summary>
    Error,
}
