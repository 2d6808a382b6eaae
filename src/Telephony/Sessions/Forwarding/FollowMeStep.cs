namespace CallCenter.Telephony.Sessions.Forwarding;

/// <summary>One number of a follow-me (一号通) list: an extension or SIP URI, rung for <paramref name="RingTime"/>.</summary>
public sealed record FollowMeStep(string Target, TimeSpan RingTime);
