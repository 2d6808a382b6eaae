namespace CallCenter.Domain.Calls;

/// <summary>
/// One call's detail record (话单): from, to, start, answer, end, who hung up and why. The ACD issue
/// adds legs, queue and agent; reports read this table.
/// </summary>
public sealed class CallDetailRecord
{
    public long Id { get; set; }
    public string CallId { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime EndedAt { get; set; }
    /// <summary>"Caller" or "Server" (later also "Agent").</summary>
    public string HangupBy { get; set; } = "";
    public string Cause { get; set; } = "";
    /// <summary>The final SIP status of the INVITE (200 when answered).</summary>
    public int? StatusCode { get; set; }
}
