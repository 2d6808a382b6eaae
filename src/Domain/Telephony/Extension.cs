namespace CallCenter.Domain.Telephony;

/// <summary>
/// A SIP extension (a desk phone or softphone line). The password is never stored: only its digest
/// hashes for the realm (HA1, RFC 2617/7616), which is all a registrar needs.
/// </summary>
public sealed class Extension
{
    public int Id { get; set; }
    /// <summary>The number dialled and the SIP user name, e.g. "1001".</summary>
    public string Number { get; set; } = "";
    public string DisplayName { get; set; } = "";
    /// <summary>The digest realm the hashes were made for.</summary>
    public string Realm { get; set; } = "";
    public string Ha1Md5 { get; set; } = "";
    public string Ha1Sha256 { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTime CreatedAt { get; set; }

    /// <summary>Unconditional forwarding target (呼叫前转): an extension, a number or a SIP URI; null = none.</summary>
    public string? ForwardAlways { get; set; }

    /// <summary>Where calls go when every phone of the extension is busy; null = the caller hears busy.</summary>
    public string? ForwardBusy { get; set; }

    /// <summary>Where calls go when the extension does not answer within <see cref="NoAnswerSeconds"/> or is not registered; null = none.</summary>
    public string? ForwardNoAnswer { get; set; }

    /// <summary>How long the extension rings before no-answer forwarding or follow-me. Default 20 s.</summary>
    public int NoAnswerSeconds { get; set; } = ExtensionForwarding.DefaultNoAnswerSeconds;

    /// <summary>一号通: up to 3 further targets rung in turn after the extension, each for its own seconds (stored as one JSON text column).</summary>
    public List<FollowMeTarget> FollowMe { get; set; } = [];
}
