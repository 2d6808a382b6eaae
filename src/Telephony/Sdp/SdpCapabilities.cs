namespace CallCenter.Telephony.Sdp;

/// <summary>What our side can do in audio offer/answer; one instance is shared by all calls.</summary>
public sealed class SdpCapabilities
{
    /// <summary>Audio codecs in our order of preference for our own offers. Default: PCMU, then PCMA.</summary>
    public List<SdpCodec> Codecs { get; set; } = [SdpCodec.Pcmu, SdpCodec.Pcma];

    /// <summary>
    /// When answering, pick by our <see cref="Codecs"/> order instead of the offer's order.
    /// Default: false (the first codec in the offer that we support, as RFC 3264 §6.1 suggests).
    /// </summary>
    public bool AnswerWithOwnPreference { get; set; }

    /// <summary>Offer and accept RFC 4733 telephone-event (DTMF). Default: true.</summary>
    public bool TelephoneEvent { get; set; } = true;

    /// <summary>Payload type of telephone-event in our own offers (dynamic, 96–127). Default: 101.</summary>
    public int TelephoneEventPayloadType { get; set; } = 101;

    /// <summary>The events we offer in a=fmtp for telephone-event. Default: "0-16" (DTMF digits and flash).</summary>
    public string TelephoneEventEvents { get; set; } = "0-16";

    /// <summary>Packetisation time we ask for when the offer gives none, in milliseconds. Default: 20.</summary>
    public int Ptime { get; set; } = 20;

    /// <summary>Offer and accept RTP/RTCP multiplexing on one port (a=rtcp-mux, RFC 5761). Default: true.</summary>
    public bool RtcpMux { get; set; } = true;

    /// <summary>Transport protocols we accept for audio. Default: "RTP/AVP" (no SRTP yet).</summary>
    public List<string> Protocols { get; set; } = ["RTP/AVP"];

    /// <summary>The s= line of our descriptions. Default: "CallCenter".</summary>
    public string SessionName { get; set; } = "CallCenter";
}
