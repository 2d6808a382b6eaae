namespace CallCenter.Telephony.Sessions.Forwarding;

/// <summary>
/// The application's forwarding settings per extension (呼叫前转, 一号通), read on every call to an extension — so it
/// must answer from memory. The voice server never reads the database; the product implements this from the extensions
/// table with a cache refreshed when the settings change.
/// </summary>
public interface IExtensionForwarding
{
    /// <summary>The rules of <paramref name="extension"/>, or null when it does not forward.</summary>
    ForwardingRules? For(string extension);
}
