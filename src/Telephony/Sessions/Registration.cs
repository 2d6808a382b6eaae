namespace CallCenter.Telephony.Sessions;

/// <summary>A registered phone: its extension, where it is reached, until when, and what it says it is.</summary>
public sealed record Registration(string Extension, string Contact, string Source, string Transport, DateTimeOffset ExpiresAt, string? UserAgent);
