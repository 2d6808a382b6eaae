namespace CallCenter.Activities.Acd;

/// <summary>What an agent or a supervisor asks of a connected queue call.</summary>
public enum CallControlKind
{
    /// <summary>The caller hears hold music; the agent hears nothing from them.</summary>
    Hold,
    /// <summary>Back to talking.</summary>
    Unhold,
    /// <summary>Blind transfer (also a supervisor's 强转): to an agent, a queue or a number; the current agent leaves.</summary>
    Transfer,
    /// <summary>A supervisor joins on their extension: listen (monitor), whisper (the agent hears them) or barge (3-way).</summary>
    Monitor,
    /// <summary>The supervisor changes how they take part (listen → whisper → barge) or leaves (<see cref="EndMonitor"/>).</summary>
    EndMonitor,
    /// <summary>强拆: both parties are hung up.</summary>
    HangUp,
    /// <summary>Attended transfer, first step: the caller hears hold music while the agent talks to the target.</summary>
    Consult,
    /// <summary>Attended transfer done: the caller talks to the consulted party; the agent leaves.</summary>
    CompleteTransfer,
    /// <summary>The consulted party is hung up; the agent is back with the caller.</summary>
    CancelConsult,
    /// <summary>From a consultation: caller, agent and consulted party all talk together (3-way call).</summary>
    ThreeWay,
}
