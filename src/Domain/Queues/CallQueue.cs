using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Queues;

/// <summary>
/// A queue (队列) callers wait in for an agent, table <c>queues</c>. Every setting is read by the ACD when a call
/// joins; the defaults below are what a queue created without them gets (see src/Domain/README.md, <i>Queues</i>).
/// Seconds are whole seconds; 0 turns a limit or a feature off where said.
/// </summary>
public sealed class CallQueue
{
    public int Id { get; set; }

    /// <summary>The name flows use in their Enqueue activity, e.g. <c>hotline</c>: unique, lower case letters, digits, '.', '-' or '_'.</summary>
    public string Name { get; set; } = "";

    /// <summary>What supervisors and reports show, e.g. "政务热线 / Hotline". Default: empty (the name is shown).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>
    /// How the next agent is picked among the Ready members. Default <see cref="QueueStrategy.LongestIdle"/>: the agent
    /// waiting longest since their last call gets the next one, which spreads the work fairly.
    /// </summary>
    public QueueStrategy Strategy { get; set; } = QueueStrategy.LongestIdle;

    /// <summary>Callers that may wait at once; one more is turned away (JOINFULL, the flow's Overflow outcome). Default 0 = no limit.</summary>
    public int MaxWaitingCallers { get; set; }

    /// <summary>Longest a caller waits before leaving with the Overflow outcome (EXITWITHTIMEOUT). Default 0 = wait until answered or hung up.</summary>
    public int MaxWaitSeconds { get; set; }

    /// <summary>
    /// Let a caller in when no member is logged in. Default false: the flow takes its NoAgents outcome at once
    /// (e.g. to the voice mailbox at night) instead of holding a caller nobody will answer.
    /// </summary>
    public bool JoinWhenEmpty { get; set; }

    /// <summary>Send waiting callers out (NoAgents, EXITEMPTY) when the last member logs out. Default false: a short logout does not empty the queue.</summary>
    public bool LeaveWhenEmpty { get; set; }

    /// <summary>How long an agent's phone rings before the call is offered to the next agent (RINGNOANSWER). Default 15 s.</summary>
    public int RingTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// Offers in a row an agent may leave unanswered before the ACD sets them NotReady("no answer") (久叫不应).
    /// Default 3; 0 = never.
    /// </summary>
    public int MaxMissedOffers { get; set; } = 3;

    /// <summary>After-call work: seconds an agent stays in WrapUp before the next offer (an agent's own setting wins). Default 10 s; 0 = none.</summary>
    public int WrapUpSeconds { get; set; } = 10;

    /// <summary>Offer calls to agents already on a call (up to their max concurrent calls). Default false: busy agents are not rung.</summary>
    public bool RingBusyAgents { get; set; }

    /// <summary>
    /// 智能号码匹配: if the caller's last agent is Ready, offer the call to them alone for this many seconds before the
    /// strategy applies. Default 0 = off.
    /// </summary>
    public int LastAgentPreferenceSeconds { get; set; }

    /// <summary>Calls answered within this many seconds count as within the service level (reports: % answered in N s). Default 20 s.</summary>
    public int ServiceLevelSeconds { get; set; } = 20;

    /// <summary>
    /// Skills-based queues: agents of the best level tier are tried first; every this many seconds of waiting the next
    /// tier (one level weaker) is added. Default 30 s; 0 = all levels at once.
    /// </summary>
    public int SkillTierWideningSeconds { get; set; } = 30;

    /// <summary>The prompt (from the prompt library, by name) looped while the caller waits. Default null = the built-in hold music.</summary>
    public string? MusicOnHold { get; set; }

    /// <summary>Tell waiting callers their position ("您前面还有 3 位"). Default false.</summary>
    public bool AnnouncePosition { get; set; }

    /// <summary>Tell waiting callers the estimated wait, from the queue's recent average. Default false.</summary>
    public bool AnnounceEstimatedWait { get; set; }

    /// <summary>Seconds of waiting before the first announcement. Default 30 s.</summary>
    public int AnnounceFirstAfterSeconds { get; set; } = 30;

    /// <summary>Seconds between announcements after the first. Default 60 s; 0 = only the first.</summary>
    public int AnnounceEverySeconds { get; set; } = 60;

    /// <summary>Language of the announcements: <c>zh</c> (Mandarin, default) or <c>en</c>.</summary>
    public string AnnounceLanguage { get; set; } = "zh";

    /// <summary>Record every call connected from this queue (both parties into one WAV). Default true.</summary>
    public bool RecordCalls { get; set; } = true;

    /// <summary>Record in stereo, caller left and agent right (for quality checks and speech analytics). Default false (mono mix).</summary>
    public bool RecordStereo { get; set; }

    /// <summary>Agents and groups that answer this queue, each with a penalty (lower first).</summary>
    public List<QueueMember> Members { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
