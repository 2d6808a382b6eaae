namespace CallCenter.Domain.Telephony;

/// <summary>One follow-me (一号通) number: an extension, a number or a SIP URI, rung for <paramref name="Seconds"/>.</summary>
public sealed record FollowMeTarget(string Target, int Seconds);
