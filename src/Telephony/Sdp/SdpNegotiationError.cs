namespace CallCenter.Telephony.Sdp;

/// <summary>Why an offer could not be answered or an answer could not be used.</summary>
public enum SdpNegotiationError
{
    /// <summary>No failure.</summary>
    None,

    /// <summary>An audio stream was offered but none of its codecs is ours; a UAS answers 488.</summary>
    NoCommonCodec,

    /// <summary>No usable audio stream (none offered, all disabled, or only SRTP/unknown transports); a UAS answers 488.</summary>
    NoAudioStream,

    /// <summary>An answer arrived but we have no outstanding offer.</summary>
    NoPendingOffer,

    /// <summary>The answer's m= lines do not line up with our offer's (RFC 3264 §6).</summary>
    AnswerDoesNotMatchOffer,

    /// <summary>The answerer rejected our audio stream (port 0) or chose no codec we offered.</summary>
    AudioRejected,
}
