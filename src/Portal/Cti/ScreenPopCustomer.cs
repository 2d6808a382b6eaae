namespace CallCenter.Portal.Cti;

/// <summary>The customer card of a screen pop: who owns the caller's number (never the PIN).</summary>
public sealed record ScreenPopCustomer(int Id, string Name, bool IsVip, string? MemberNumber, IReadOnlyDictionary<string, string> CustomFields);
