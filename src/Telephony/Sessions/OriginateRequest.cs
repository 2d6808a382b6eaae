namespace CallCenter.Telephony.Sessions;

/// <summary>
/// A call to place (<see cref="ITelephony.OriginateAsync"/>): <paramref name="Destination"/> is an extension ("1002",
/// called at its registrar binding) or a SIP URI ("sip:13800138000@10.0.0.5:5060", a trunk or gateway; ";transport=tcp" for TCP).
/// </summary>
public sealed record OriginateRequest(string Destination)
{
    /// <summary>The caller id shown to the called party (user part of our From). Default "callcenter".</summary>
    public string CallerId { get; init; } = "callcenter";

    /// <summary>The caller's display name in From, or none.</summary>
    public string? CallerName { get; init; }

    /// <summary>How long the called party may ring before we give up with CANCEL. Default 30 s.</summary>
    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether an extension's forwarding rules (unconditional, busy, no answer, follow-me) apply. Default true. Calls that
    /// must reach the person at that phone or nobody — the ACD offering a queue call to an agent — pass false, so the ACD
    /// sees the agent's own answer or refusal and offers the call to the next agent.
    /// </summary>
    public bool ApplyForwarding { get; init; } = true;
}
