namespace CallCenter.Telephony.Sessions;

/// <summary>How an originated call went.</summary>
public enum OriginateOutcome
{
    /// <summary>Answered: <see cref="OriginateResult.Session"/> is the call.</summary>
    Answered,
    /// <summary>The called party refused it (busy 486, declined 603, …): see <see cref="OriginateResult.StatusCode"/>.</summary>
    Rejected,
    /// <summary>It rang until the ring timeout (we cancelled it).</summary>
    NoAnswer,
    /// <summary>The extension has no live registration.</summary>
    NotRegistered,
    /// <summary>The caller of <see cref="ITelephony.OriginateAsync"/> cancelled it.</summary>
    Cancelled,
    /// <summary>It could not be placed: a bad destination, no RTP port, or an unusable SDP answer.</summary>
    Failed,
}
