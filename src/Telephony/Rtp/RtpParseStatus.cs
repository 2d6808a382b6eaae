namespace CallCenter.Telephony.Rtp;

/// <summary>Outcome of parsing an RTP or RTCP datagram; anything but <see cref="Ok"/> means drop and count.</summary>
public enum RtpParseStatus
{
    /// <summary>The packet is well formed.</summary>
    Ok,

    /// <summary>Shorter than the fixed header (or an RTCP length field points past the end).</summary>
    TooShort,

    /// <summary>Version field is not 2.</summary>
    BadVersion,

    /// <summary>The CSRC list runs past the end of the datagram.</summary>
    CsrcOverrun,

    /// <summary>The header extension runs past the end of the datagram.</summary>
    ExtensionOverrun,

    /// <summary>The padding count is zero or larger than what follows the header.</summary>
    BadPadding,

    /// <summary>RTCP: the length field or report count disagrees with the packet type.</summary>
    BadLength,

    /// <summary>RTCP: the packet (or the first packet of a compound) is not SR or RR.</summary>
    UnexpectedPacketType,
}
