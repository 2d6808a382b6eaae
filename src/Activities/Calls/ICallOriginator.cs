using CallCenter.Telephony.Sessions;

namespace CallCenter.Activities.Calls;

/// <summary>
/// Places an outbound call for a transfer. Stands in for <c>ITelephony.OriginateAsync</c> until the voice server
/// has it; an adapter over it is then one class. Without a registered originator, Transfer takes Error.
/// </summary>
public interface ICallOriginator
{
    /// <summary>Calls <paramref name="destination"/> (an extension or an external number) showing <paramref name="callerId"/>; the answered call, or null when it was not answered within <paramref name="ringTimeout"/>, busy or refused.</summary>
    Task<ICallSession?> OriginateAsync(string destination, string callerId, TimeSpan ringTimeout, CancellationToken ct = default);
}
