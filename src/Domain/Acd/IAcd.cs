namespace CallCenter.Domain.Acd;

/// <summary>
/// The automatic call distributor: agents, queues, waiting calls and the offers that match them. The seam for a
/// distributed implementation later (grains per queue and agent); <see cref="Acd"/> is the in-memory one. Operations
/// return typed results for expected refusals and never block on I/O; what happened is published to observers.
/// </summary>
public interface IAcd
{
    /// <summary>Adds a queue or replaces its settings (calls already waiting keep their place).</summary>
    void ConfigureQueue(QueueSettings settings);

    /// <summary>Adds an agent or replaces their profile (skills, groups, limits) without changing their status.</summary>
    void UpsertAgent(AgentProfile profile);

    /// <summary>LoggedOut → Ready (or NotReady("login") when <paramref name="ready"/> is false).</summary>
    AcdResult Login(string agentId, bool ready = true);

    /// <summary>Any status without a connected call → LoggedOut; a ringing offer is cancelled and goes to the next agent.</summary>
    AcdResult Logout(string agentId);

    /// <summary>NotReady or WrapUp (ends wrap-up early) → Ready.</summary>
    AcdResult Ready(string agentId);

    /// <summary>Ready, WrapUp, Ringing (the offer goes to the next agent) or NotReady (new reason) → NotReady(reason); while on a call, the agent goes NotReady instead of Ready when the call ends.</summary>
    AcdResult NotReady(string agentId, string reason);

    /// <summary>Puts a call in a queue; it is offered as soon as an eligible agent is free.</summary>
    EnqueueResult Enqueue(CallRequest request);

    /// <summary>The agent answered: the call is connected (OnCall); ring-all offers to the other agents are cancelled.</summary>
    /// <param name="agentId">Which agent answered; may be null when the offer went to one agent.</param>
    AcdResult Accept(long offerId, string? agentId = null);

    /// <summary>The agent declined: counts as a missed offer; the call goes to the next agent.</summary>
    AcdResult Reject(long offerId, string? agentId = null);

    /// <summary>The agent's phone did not answer (or could not be reached): same as <see cref="Reject"/>, logged as a timeout.</summary>
    AcdResult NoAnswer(long offerId, string? agentId = null);

    /// <summary>The caller hung up while waiting or ringing: the call leaves with <see cref="CallOutcome.Abandoned"/>.</summary>
    AcdResult Abandon(string callId);

    /// <summary>A connected call ended; the agent goes to wrap-up (then Ready) when it was their last call.</summary>
    AcdResult Complete(string callId, CallSide endedBy);

    /// <summary>
    /// The agent handed a connected call on (to another agent, queue, number or flow): logged as TRANSFER, and the agent's
    /// part ends as with <see cref="Complete"/>. A transfer into a queue is a new <see cref="Enqueue"/> by the owner.
    /// </summary>
    AcdResult Transfer(string callId, string target);

    /// <summary>
    /// A connected call handed straight to an agent outside the queue's choice (a transfer to them): the agent, logged in
    /// and not already on it, goes OnCall for it (their ringing offers go on to others) and it ends with
    /// <see cref="Complete"/> like a queue call; logged as CONNECT with no wait. The call must not be connected to anyone
    /// (the previous agent's part ended with <see cref="Transfer"/>).
    /// </summary>
    AcdResult TakeOver(string callId, string queue, string agentId);

    /// <summary>Position and estimated wait of a waiting call, or null when it is not waiting.</summary>
    CallPosition? GetPosition(string callId);

    /// <summary>One agent for the wallboard, or null.</summary>
    AgentSnapshot? GetAgent(string agentId);

    /// <summary>One queue for the wallboard, or null.</summary>
    QueueSnapshot? GetQueue(string queue);

    /// <summary>Every agent, ordered by id.</summary>
    IReadOnlyList<AgentSnapshot> GetAgents();

    /// <summary>Every queue, ordered by name.</summary>
    IReadOnlyList<QueueSnapshot> GetQueues();

    /// <summary>Delivers every later event to <paramref name="observer"/> until the returned handle is disposed.</summary>
    IDisposable Subscribe(IAcdObserver observer);
}
