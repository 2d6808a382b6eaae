namespace CallCenter.Portal.Cti;

/// <summary>One recent ticket of the caller on a screen pop.</summary>
public sealed record ScreenPopTicket(string Number, string Category, string Status, DateTimeOffset CreatedAt);
