namespace CallCenter.Activities.Acd;

/// <summary>Click-to-dial settings (section <c>Dialing</c>): the trunk outside numbers go through, the caller id shown, ring times.</summary>
public sealed class DialingOptions
{
    /// <summary>
    /// Where numbers outside the center are called: a SIP URI template with <c>{number}</c>, e.g.
    /// <c>sip:{number}@10.0.0.5:5060</c> (append <c>;transport=tcp</c> for TCP); a gateway alone (<c>sip:10.0.0.5:5060</c>) gets the
    /// number as its user part. Default empty: only extensions can be dialled
    /// and an outside number is refused (503).
    /// </summary>
    public string TrunkUri { get; set; } = "";

    /// <summary>The caller id (our From user) the called customer sees, e.g. the center's main number. Default empty: the agent's extension.</summary>
    public string CallerId { get; set; } = "";

    /// <summary>Seconds the agent's own phone rings before the dial is given up. Default 30.</summary>
    public int AgentRingSeconds { get; set; } = 30;

    /// <summary>Seconds the customer's phone rings before the agent is hung up. Default 45.</summary>
    public int CustomerRingSeconds { get; set; } = 45;

    /// <summary>Minutes an ended dial stays in the status API (<c>GET /api/v1/dials/{id}</c>). Default 60.</summary>
    public int KeepEndedMinutes { get; set; } = 60;
}
