namespace CallCenter.Telephony.Sip.Auth;

/// <summary>What a nonce presented by a client turned out to be.</summary>
public enum NonceCheck
{
    Valid,
    /// <summary>Ours but too old: challenge again with <c>stale=true</c> so the phone retries without asking the user.</summary>
    Stale,
    /// <summary>Not one we issued.</summary>
    Invalid,
}
