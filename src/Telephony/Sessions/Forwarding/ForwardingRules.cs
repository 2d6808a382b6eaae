namespace CallCenter.Telephony.Sessions.Forwarding;

/// <summary>
/// How calls to one extension are forwarded. A target is another extension ("1002") or a SIP URI
/// ("sip:13800138000@10.0.0.5", a trunk or gateway). Forwarding is one hop: a target extension's own rules do not apply.
/// Order: <see cref="Always"/> replaces the extension; otherwise the extension rings (for <see cref="NoAnswerTimeout"/>
/// when a no-answer target or follow-me is set), then <see cref="Busy"/> when every phone refused busy (486/600/603), or
/// <see cref="NoAnswer"/> when it did not answer or is not registered ("not reachable"), else the <see cref="FollowMe"/>
/// steps in turn.
/// </summary>
public sealed record ForwardingRules
{
    /// <summary>Unconditional forwarding: every call goes here and the extension does not ring. Default none.</summary>
    public string? Always { get; init; }

    /// <summary>Where calls go when every phone of the extension refuses busy (486, 600, 603). Default none (the caller hears busy).</summary>
    public string? Busy { get; init; }

    /// <summary>Where calls go when the extension does not answer within <see cref="NoAnswerTimeout"/> or has no registered phone. Default none.</summary>
    public string? NoAnswer { get; init; }

    /// <summary>How long the extension rings before <see cref="NoAnswer"/> or follow-me takes over. Default 20 s.</summary>
    public TimeSpan NoAnswerTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>一号通: up to 3 further targets rung in turn, each for its own ring time, when the extension does not answer. Default none.</summary>
    public IReadOnlyList<FollowMeStep> FollowMe { get; init; } = [];

    /// <summary>Whether anything is set.</summary>
    public bool IsEmpty => Always is null && Busy is null && NoAnswer is null && FollowMe.Count == 0;
}
