using CallCenter.Telephony.Media.Mixing;
using CallCenter.Telephony.Sessions.Conferencing;
using CallCenter.Telephony.Sip.Registrar;

namespace CallCenter.Telephony.Sessions;

/// <summary><see cref="ITelephony"/> over our SIP server: its call sessions, its registrar's bindings, and its <see cref="CallOriginator"/>.</summary>
public sealed class SipTelephony(CallSessionRegistry sessions, LocationService location, CallOriginator? originator = null) : ITelephony
{
    public IReadOnlyCollection<ICallSession> Calls => sessions.All;

    public IReadOnlyList<Registration> Registrations =>
        [.. location.All.Select(b => new Registration(Extension(b.AddressOfRecord), b.Contact, b.Source.ToString(), b.Protocol.ToString().ToUpperInvariant(), b.ExpiresAt, b.UserAgent))];

    public Task<OriginateResult> OriginateAsync(OriginateRequest request, CancellationToken ct = default) =>
        (originator ?? throw new InvalidOperationException("This telephony was built without a CallOriginator: it cannot place calls."))
            .OriginateAsync(request, ct);

    /// <summary>A conference on the media clock of the calls that join it (hooked on when the first one joins).</summary>
    public IConference CreateConference(string? name = null, int maxParticipants = AudioMixer.DefaultMaxParticipants) =>
        new SipConference(name, maxParticipants);

    // "sip:1001@callcenter" → "1001"
    private static string Extension(string aor)
    {
        var user = aor.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? aor[4..] : aor;
        var at = user.IndexOf('@');
        return at < 0 ? user : user[..at];
    }
}
