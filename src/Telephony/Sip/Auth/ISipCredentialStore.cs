namespace CallCenter.Telephony.Sip.Auth;

/// <summary>Where SIP users come from (the product: the extensions table). Telephony never sees the database.</summary>
public interface ISipCredentialStore
{
    /// <summary>The user's credential, or null when there is no such user.</summary>
    ValueTask<SipCredential?> FindAsync(string username, CancellationToken ct = default);
}
