using CallCenter.Telephony.Media.Recording;

namespace CallCenter.Telephony.Sessions;

/// <summary>How a bridge ended, how long it lasted, and the recording of it when one was asked for.</summary>
public sealed record BridgeOutcome(BridgeEnd End, TimeSpan Duration, RecordingResult? Recording = null);
