namespace CallCenter.Telephony.Sip.Auth;

/// <summary>The digest hash functions SIP uses (RFC 2617 MD5, RFC 7616/8760 SHA-256).</summary>
public enum DigestAlgorithm
{
    Md5,
    Sha256,
}
