namespace CallCenter.Domain.Tickets;

/// <summary>What a new ticket is made of; the number, day and creation time are assigned by <see cref="TicketService"/>.</summary>
public sealed record NewTicket(
    string Category,
    string? CallerNumber = null,
    string? Description = null,
    string? RecordingPath = null,
    string? WorkflowInstanceId = null,
    TicketStatus Status = TicketStatus.New);
