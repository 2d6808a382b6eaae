namespace CallCenter.Telephony.Sip.Auth;

/// <summary>What the registrar knows of a SIP user: the digest hashes of its password for a realm.</summary>
public sealed record SipCredential(string Username, string Realm, string Ha1Md5, string Ha1Sha256, bool Enabled)
{
    public string Ha1(DigestAlgorithm algorithm) => algorithm == DigestAlgorithm.Sha256 ? Ha1Sha256 : Ha1Md5;
}
