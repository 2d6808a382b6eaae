namespace CallCenter.Domain.Calls;

/// <summary>
/// What an agent recorded after a call (table <c>call_wrap_ups</c>): a disposition code and notes. One per call and
/// agent; saving again replaces it (<see cref="CallWrapUpStore"/>).
/// </summary>
public sealed class CallWrapUp
{
    public long Id { get; set; }
    /// <summary>The caller's SIP Call-ID, as in <see cref="CallDetailRecord.CallId"/>.</summary>
    public string CallId { get; set; } = "";
    /// <summary>The ACD agent who wrapped up (e.g. "8001").</summary>
    public string AgentId { get; set; } = "";
    /// <summary>A short code the center defines (e.g. "resolved", "callback", "complaint").</summary>
    public string Disposition { get; set; } = "";
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
