namespace CallCenter.Telephony.Sessions;

/// <summary>The voice server as the layers above see it: calls in progress and registered phones.</summary>
public interface ITelephony
{
    /// <summary>Calls in progress (answered or ringing inbound service calls).</summary>
    IReadOnlyCollection<ICallSession> Calls { get; }

    /// <summary>The phones registered now, one entry per binding.</summary>
    IReadOnlyList<Registration> Registrations { get; }
}
