namespace CallCenter.Portal.Api;

/// <summary>Body of <c>POST /api/v1/tickets</c>: category (required), the caller's number and a description.</summary>
public sealed record TicketRequest(string? Category, string? CallerNumber, string? Description);
