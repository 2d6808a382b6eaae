namespace CallCenter.Domain.Calls;

/// <summary>
/// The way one call went through its flow (table <c>call_traces</c>, keyed by the call's id like
/// <see cref="CallDetailRecord"/>): which flow and version served it, and what happened in it. Written once,
/// when the flow is over; a call that ran no flow (an extension call) has none.
/// </summary>
public sealed class CallTrace
{
    public long Id { get; set; }
    /// <summary>The call's SIP Call-ID, as in <see cref="CallDetailRecord.CallId"/>.</summary>
    public string CallId { get; set; } = "";
    public string InstanceId { get; set; } = "";
    /// <summary>The flow's definition id (e.g. <c>hotline-12345</c>).</summary>
    public string FlowName { get; set; } = "";
    public int FlowVersion { get; set; }
    /// <summary>When the trace was stored (UTC).</summary>
    public DateTime RecordedAt { get; set; }
    /// <summary>Path, digits, prompts, recordings and tickets (one JSON text column).</summary>
    public CallTraceDetails Details { get; set; } = new();
}
