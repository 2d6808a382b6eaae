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
}
