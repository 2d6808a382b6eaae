using CallCenter.Telephony.Sip.Auth;

namespace CallCenter.Telephony.Sip.Registrar;

/// <summary>Registrar settings (section <c>Telephony:Registrar</c>).</summary>
public sealed class RegistrarOptions
{
    /// <summary>Digest realm. Default "callcenter" (extension passwords are hashed for it).</summary>
    public string Realm { get; set; } = "callcenter";

    /// <summary>
    /// Challenges offered, preferred first (RFC 8760: a phone takes the first it supports). Empty (the default) means
    /// MD5 alone: every phone knows it, while some give up on a 401 that carries a challenge they cannot answer instead
    /// of skipping it (baresip 1.0.0 / libre). Add SHA-256 (e.g. <c>["Sha256", "Md5"]</c>) when every phone supports RFC 8760.
    /// Empty by default because configuration binding appends to an array property's initial items.
    /// </summary>
    public DigestAlgorithm[] Algorithms { get; set; } = [];

    /// <summary>The challenges actually sent: <see cref="Algorithms"/> without repeats, or MD5 alone when none are set.</summary>
    public IReadOnlyList<DigestAlgorithm> Challenges =>
        Algorithms.Length == 0 ? [DigestAlgorithm.Md5] : Algorithms.Distinct().ToArray();

    /// <summary>Expiry when a REGISTER names none. Default 3,600 s.</summary>
    public TimeSpan DefaultExpires { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Shortest registration accepted; shorter ones get 423. Default 60 s.</summary>
    public TimeSpan MinExpires { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest registration granted. Default 7,200 s.</summary>
    public TimeSpan MaxExpires { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a nonce stays fresh before the phone is asked again with stale=true. Default 5 minutes.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
