namespace CallCenter.Telephony.Sip.Messages;

/// <summary>Limits applied by <see cref="SipParser"/>.</summary>
public sealed class SipParserOptions
{
    /// <summary>Shared default instance.</summary>
    public static SipParserOptions Default { get; } = new();

    /// <summary>Largest message (start line, headers and body) accepted, in octets. Default 65,536 (64 KiB); larger requests get 513.</summary>
    public int MaxMessageSize { get; init; } = 64 * 1024;

    /// <summary>Most header lines accepted in one message. Default 256; more gets 400.</summary>
    public int MaxHeaderLines { get; init; } = 256;
}
