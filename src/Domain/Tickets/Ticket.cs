namespace CallCenter.Domain.Tickets;

/// <summary>
/// A minimal work order (工单) created from a call: a human-readable unique number such as
/// <c>T20261125-0001</c> (center-local date and the day's sequence), category, caller, recording,
/// status and description. The ticket issue adds assignment, SLA and history.
/// </summary>
public sealed class Ticket
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
    /// <summary>The center-local day the number was issued for.</summary>
    public DateOnly Day { get; set; }
    /// <summary>1, 2, 3 … within <see cref="Day"/>.</summary>
    public int DaySequence { get; set; }
    public string Category { get; set; } = "";
    public string? CallerNumber { get; set; }
    /// <summary>Path of the caller's recording under the data folder, if any.</summary>
    public string? RecordingPath { get; set; }
    public TicketStatus Status { get; set; }
    public string? Description { get; set; }
    /// <summary>The workflow instance that created it, if any.</summary>
    public string? WorkflowInstanceId { get; set; }
    public DateTime CreatedAt { get; set; }
}
