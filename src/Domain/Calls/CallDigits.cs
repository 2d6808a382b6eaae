namespace CallCenter.Domain.Calls;

/// <summary>Keys the caller entered in one activity (a menu key, a ticket or card number); a PIN checked by VerifyPin is stored masked (<c>****</c>).</summary>
public sealed record CallDigits(string ActivityId, string Digits, DateTimeOffset At);
