namespace CallCenter.Telephony.Sip.Auth;

/// <summary>The result of checking Digest credentials.</summary>
public enum DigestOutcome
{
    Accepted,
    /// <summary>Right password, old nonce: challenge again with stale=true.</summary>
    Stale,
    /// <summary>Wrong password, unknown user, foreign nonce or realm: the same answer for all (403 or a new 401).</summary>
    Rejected,
}
