using CallCenter.Telephony.Calls;

namespace CallCenter.Telephony.Sessions;

/// <summary>How a call ended: who hung up, why (as in the call record), and the SIP status of a call never answered.</summary>
public sealed record HangupInfo(HangupSide Side, string Cause, int? StatusCode = null);
