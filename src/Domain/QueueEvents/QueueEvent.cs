using CallCenter.Domain.Acd;

namespace CallCenter.Domain.QueueEvents;

/// <summary>
/// One line of the append-only queue log (table <c>queue_events</c>), in the spirit of Asterisk's queue_log: what
/// happened to a call in a queue, or to an agent's session. The figures reports add up (wait, talk, ring seconds,
/// positions, priority) are typed columns; anything else (a pause reason, a transfer target) goes to
/// <see cref="Data"/>. Queue and agent are kept by name and number, as text, so a row never fails to insert.
/// </summary>
public sealed class QueueEvent
{
    public long Id { get; set; }

    /// <summary>When (UTC). Left at default, the writer stamps it with its clock.</summary>
    public DateTime At { get; set; }

    /// <summary>The call (SIP Call-ID, as in <c>call_records</c>); null for agent events (AGENTLOGIN, PAUSE…).</summary>
    public string? CallId { get; set; }

    /// <summary>The queue name; null for agent events not tied to a queue.</summary>
    public string? Queue { get; set; }

    /// <summary>The agent number (工号); null for events without an agent (ENTERQUEUE, ABANDON…).</summary>
    public string? Agent { get; set; }

    /// <summary>Stored as the enum name (<c>EnterQueue</c>); the API shows it upper case (<c>ENTERQUEUE</c>).</summary>
    public QueueEventType Event { get; set; }

    /// <summary>The caller's position in the queue (ENTERQUEUE: on joining; ABANDON: when leaving).</summary>
    public int? Position { get; set; }

    /// <summary>ABANDON: the position the caller joined at.</summary>
    public int? OriginalPosition { get; set; }

    /// <summary>ENTERQUEUE: the caller's priority (higher is served first).</summary>
    public int? Priority { get; set; }

    /// <summary>Seconds the caller had waited (CONNECT, COMPLETE*, ABANDON, EXITWITHTIMEOUT, EXITEMPTY).</summary>
    public double? WaitSeconds { get; set; }

    /// <summary>Seconds of conversation (COMPLETEAGENT, COMPLETECALLER, TRANSFER).</summary>
    public double? TalkSeconds { get; set; }

    /// <summary>Seconds the agent's phone rang (RINGNOANSWER, CONNECT).</summary>
    public double? RingSeconds { get; set; }

    /// <summary>Free text: the pause reason, the transfer target, the required skills…; at most 500 characters.</summary>
    public string? Data { get; set; }
}
