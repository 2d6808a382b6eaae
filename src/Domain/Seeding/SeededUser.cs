namespace CallCenter.Domain.Seeding;

/// <summary>
/// A Portal user created at start. <see cref="GeneratedPassword"/> is the random password to show once, or null when
/// the password came from configuration (then it is never logged).
/// </summary>
public sealed record SeededUser(string UserName, string Role, string? GeneratedPassword);
