using CallCenter.Telephony.Sip.Dialogs;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>How our INVITE ended: answered (a dialog), refused (3xx–6xx), timed out (408) or cancelled by us (487).</summary>
public sealed record OutboundInviteResult(int StatusCode, SipResponse? Response, ClientDialog? Dialog)
{
    public bool Answered => Dialog is not null;
}
