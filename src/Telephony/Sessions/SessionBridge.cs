using CallCenter.Telephony.Media.Bridging;

namespace CallCenter.Telephony.Sessions;

/// <summary>Two calls bridged by <see cref="SipCallSession.BridgeAsync"/>: what each side needs to find the other (hold).</summary>
internal sealed record SessionBridge(SipCallSession First, SipCallSession Second, MediaBridge Media)
{
    public SipCallSession Other(SipCallSession side) => ReferenceEquals(side, First) ? Second : First;
}
