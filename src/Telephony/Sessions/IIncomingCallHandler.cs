namespace CallCenter.Telephony.Sessions;

/// <summary>
/// Takes inbound calls to service numbers (the IVR's routes). Offered every call that is not a built-in
/// test number; a call it declines goes on to the extensions (which require an authenticated caller).
/// </summary>
public interface IIncomingCallHandler
{
    /// <summary>Whether a call from <paramref name="caller"/> to <paramref name="called"/> is ours (cheap: a route lookup).</summary>
    ValueTask<bool> AcceptsAsync(string called, string caller, CancellationToken ct);

    /// <summary>Runs the call, which is ringing; when this returns the call is hung up if it still lasts.</summary>
    Task HandleAsync(ICallSession call, CancellationToken ct);
}
