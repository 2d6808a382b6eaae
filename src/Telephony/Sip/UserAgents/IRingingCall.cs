namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>An inbound INVITE still ringing, told when its caller gives up with CANCEL (which already got its 487).</summary>
internal interface IRingingCall
{
    void OnCallerCancel();
}
