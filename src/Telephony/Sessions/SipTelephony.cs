using CallCenter.Telephony.Sip.Registrar;

namespace CallCenter.Telephony.Sessions;

/// <summary><see cref="ITelephony"/> over our SIP server: its call sessions and its registrar's bindings.</summary>
public sealed class SipTelephony(CallSessionRegistry sessions, LocationService location) : ITelephony
{
    public IReadOnlyCollection<ICallSession> Calls => sessions.All;

    public IReadOnlyList<Registration> Registrations =>
        [.. location.All.Select(b => new Registration(Extension(b.AddressOfRecord), b.Contact, b.Source.ToString(), b.Protocol.ToString().ToUpperInvariant(), b.ExpiresAt, b.UserAgent))];

    // "sip:1001@callcenter" → "1001"
    private static string Extension(string aor)
    {
        var user = aor.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? aor[4..] : aor;
        var at = user.IndexOf('@');
        return at < 0 ? user : user[..at];
    }
}
