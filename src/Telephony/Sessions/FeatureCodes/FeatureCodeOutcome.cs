namespace CallCenter.Telephony.Sessions.FeatureCodes;

/// <summary>What became of a feature code.</summary>
public enum FeatureCodeOutcome
{
    /// <summary>Carried out: the caller hears the prompt, or a rising confirmation tone.</summary>
    Done,
    /// <summary>Refused (e.g. the ACD refused the change, the extension has no agent): the prompt, or the busy tone.</summary>
    Refused,
    /// <summary>No such code: the INVITE gets 404 and is not answered.</summary>
    Unknown,
}
