namespace CallCenter.Domain.Lists;

/// <summary>The verdict on a caller and the list entry behind it (null for Normal, or for a VIP known from the customer record).</summary>
public sealed record ScreeningResult(ScreeningVerdict Verdict, ListEntry? Entry, string? Reason);
