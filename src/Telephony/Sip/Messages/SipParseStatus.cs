namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Outcome of a parse attempt.</summary>
public enum SipParseStatus
{
    /// <summary>A complete message was parsed.</summary>
    Success,

    /// <summary>Stream input holds only part of a message; read more and call again with the whole buffer.</summary>
    NeedMoreData,

    /// <summary>The input is not an acceptable SIP message; see the error fields.</summary>
    Invalid,
}
