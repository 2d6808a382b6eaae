namespace CallCenter.Telephony.Sip.UserAgents;

/// <summary>Calls between extensions (section <c>Telephony:B2bua</c>).</summary>
public sealed class B2buaOptions
{
    /// <summary>How long the callee may ring before the call is given up (CANCEL to the callee, 480 to the caller). Default 30 s.</summary>
    public TimeSpan RingTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
