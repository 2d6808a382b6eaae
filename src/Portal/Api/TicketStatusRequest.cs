namespace CallCenter.Portal.Api;

/// <summary>Body of <c>PUT /api/v1/tickets/{number}/status</c>: <c>New</c>, <c>InProgress</c>, <c>Resolved</c> or <c>Closed</c>.</summary>
public sealed record TicketStatusRequest(string? Status);
