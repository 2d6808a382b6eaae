namespace CallCenter.Telephony.Sessions.Forwarding;

/// <summary>One destination a call to an extension rings in turn: the extension itself or a forwarding target, and why.</summary>
internal sealed record RingStep(string Target, TimeSpan RingTime, string Reason)
{
    /// <summary>Whether this is a forwarding target rather than the dialled extension.</summary>
    public bool Forwarded => Reason != ForwardingPlan.Dialled;
}
