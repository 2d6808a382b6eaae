namespace CallCenter.Domain.Reports;

/// <summary>What a traffic report's rows are split by besides time.</summary>
public enum TrafficKey
{
    /// <summary>From <c>call_records</c>: the called number for inbound calls, the calling extension for outbound ones.</summary>
    Number,
    /// <summary>From <c>queue_events</c>: calls that joined each queue.</summary>
    Queue,
}
