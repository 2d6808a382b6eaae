namespace CallCenter.Domain.Calls;

/// <summary>A ticket created during the call.</summary>
public sealed record CallTicket(string ActivityId, string Number, string Category);
