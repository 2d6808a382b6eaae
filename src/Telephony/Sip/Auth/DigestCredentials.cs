namespace CallCenter.Telephony.Sip.Auth;

/// <summary>The parameters of an Authorization (or Proxy-Authorization) Digest header.</summary>
public sealed record DigestCredentials(
    string Username,
    string Realm,
    string Nonce,
    string Uri,
    string Response,
    DigestAlgorithm Algorithm = DigestAlgorithm.Md5,
    string? Qop = null,
    string? NonceCount = null,
    string? ClientNonce = null,
    string? Opaque = null);
