namespace CallCenter.Domain.Seeding;

/// <summary>A demo extension created on first start, with the password to show the user once.</summary>
public sealed record SeededExtension(string Number, string Password);
