namespace CallCenter.Telephony.Sdp;

/// <summary>
/// RFC 3264 offer/answer for one audio stream: answers remote offers (hold and unhold re-offers included),
/// makes our own offers, and reads the answers to them. State per call leg lives in <see cref="SdpSession"/>.
/// </summary>
public sealed class SdpNegotiator
{
    private const string TelephoneEventName = "telephone-event";

    /// <summary>Creates a negotiator over our capabilities.</summary>
    public SdpNegotiator(SdpCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        Capabilities = capabilities;
    }

    /// <summary>What we can do.</summary>
    public SdpCapabilities Capabilities { get; }

    /// <summary>
    /// Answers a remote offer (initial or re-offer). The answer keeps the offer's m= lines in order, accepts the first
    /// usable audio stream with one codec (plus telephone-event with the offerer's payload type and fmtp) and rejects
    /// every other stream with port 0. Fails with <see cref="SdpNegotiationError.NoCommonCodec"/> or
    /// <see cref="SdpNegotiationError.NoAudioStream"/> when nothing can be accepted; the session is then unchanged.
    /// </summary>
    public SdpNegotiationResult CreateAnswer(SdpSession session, SdpSessionDescription offer)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(offer);
        var answer = NewDescription(session);
        SdpMediaAgreement? agreement = null;
        var sawAudioWithoutCodec = false;
        for (var index = 0; index < offer.Media.Count; index++)
        {
            var offered = offer.Media[index];
            if (agreement is null && IsUsableAudio(offered))
            {
                var accepted = TryAcceptAudio(session, offer, offered, index, out agreement);
                if (accepted is not null)
                {
                    answer.Media.Add(accepted);
                    continue;
                }

                sawAudioWithoutCodec = true;
            }

            answer.Media.Add(Rejected(offered));
        }

        if (agreement is null)
        {
            return sawAudioWithoutCodec
                ? SdpNegotiationResult.Fail(SdpNegotiationError.NoCommonCodec, "none of the offered audio codecs is supported (we support " + CodecList() + ")")
                : SdpNegotiationResult.Fail(SdpNegotiationError.NoAudioStream, "the offer has no usable RTP/AVP audio stream");
        }

        session.Stamp(answer);
        session.RemoteDescription = offer;
        session.PendingOffer = null;
        session.Agreement = agreement;
        return SdpNegotiationResult.Ok(agreement, answer);
    }

    /// <summary>
    /// Makes our offer (initial, or a re-offer such as hold when <see cref="SdpSession.LocalDirection"/> is sendonly):
    /// all our codecs in preference order and telephone-event. A re-offer keeps the m= lines of the previous exchange,
    /// with the other streams still disabled (RFC 3264 §8). The o= version goes up when the offer changes.
    /// </summary>
    public SdpSessionDescription CreateOffer(SdpSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var offer = NewDescription(session);
        var audioIndex = session.Agreement?.MediaIndex ?? 0;
        var previous = session.LocalDescription?.Media;
        var count = previous is null ? 1 : Math.Max(previous.Count, audioIndex + 1);
        for (var i = 0; i < count; i++)
        {
            offer.Media.Add(i == audioIndex || previous is null || i >= previous.Count ? OfferedAudio(session) : Rejected(previous[i]));
        }

        session.Stamp(offer);
        session.PendingOffer = offer;
        return offer;
    }

    /// <summary>
    /// Reads the answer to our pending offer: which codec and payload types the answerer chose, its RTP endpoint,
    /// and the resulting direction for us. Clears the pending offer when it succeeds.
    /// </summary>
    public SdpNegotiationResult ProcessAnswer(SdpSession session, SdpSessionDescription answer)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answer);
        if (session.PendingOffer is not { } offer)
        {
            return SdpNegotiationResult.Fail(SdpNegotiationError.NoPendingOffer, "an answer arrived but no offer of ours is outstanding");
        }

        if (answer.Media.Count != offer.Media.Count)
        {
            return SdpNegotiationResult.Fail(SdpNegotiationError.AnswerDoesNotMatchOffer,
                $"our offer had {offer.Media.Count} m= line(s), the answer has {answer.Media.Count}");
        }

        var index = offer.Media.FindIndex(m => !m.IsRejected);
        if (index < 0 || answer.Media[index] is not { IsRejected: false } media)
        {
            return SdpNegotiationResult.Fail(SdpNegotiationError.AudioRejected, "the answer rejected our audio stream (port 0)");
        }

        var offeredAudio = offer.Media[index];
        SdpCodec? codec = null;
        var payloadType = -1;
        foreach (var pt in media.PayloadTypes)
        {
            codec = FindOurCodec(media, pt);
            if (codec is not null && offeredAudio.PayloadTypes.Contains(pt))
            {
                payloadType = pt;
                break;
            }

            codec = null;
        }

        if (codec is null)
        {
            return SdpNegotiationResult.Fail(SdpNegotiationError.AudioRejected, "the answer chose no codec that we offered");
        }

        var telephoneEvent = Capabilities.TelephoneEvent ? FindTelephoneEvent(media) : null;
        var agreement = Agree(answer, media, index, codec, payloadType, telephoneEvent, session.LocalDirection,
            offeredAudio.RtcpMux && media.RtcpMux);
        session.RemoteDescription = answer;
        session.PendingOffer = null;
        session.Agreement = agreement;
        return SdpNegotiationResult.Ok(agreement, null);
    }

    private SdpMedia? TryAcceptAudio(SdpSession session, SdpSessionDescription offer, SdpMedia offered, int index, out SdpMediaAgreement? agreement)
    {
        agreement = null;
        var (codec, payloadType) = ChooseCodec(offered);
        if (codec is null)
        {
            return null;
        }

        var telephoneEvent = Capabilities.TelephoneEvent ? FindTelephoneEvent(offered) : null;
        var rtcpMux = Capabilities.RtcpMux && offered.RtcpMux;
        agreement = Agree(offer, offered, index, codec, payloadType, telephoneEvent, session.LocalDirection, rtcpMux);

        var media = new SdpMedia { Media = "audio", Port = session.RtpPort, Protocol = offered.Protocol };
        media.Formats.Add(SdpNumbers.Text(payloadType));
        media.Attributes.Add(new SdpAttribute("rtpmap", new SdpRtpMap(payloadType, codec.Name, codec.ClockRate).ToString()));
        if (telephoneEvent is { } te)
        {
            media.Formats.Add(SdpNumbers.Text(te));
            media.Attributes.Add(new SdpAttribute("rtpmap", new SdpRtpMap(te, TelephoneEventName, 8000).ToString()));
            if (offered.FindFmtp(te) is { } events)
            {
                media.Attributes.Add(new SdpAttribute("fmtp", SdpNumbers.Text(te) + " " + events));
            }
        }

        media.Attributes.Add(new SdpAttribute("ptime", SdpNumbers.Text(agreement.Ptime)));
        if (rtcpMux)
        {
            media.Attributes.Add(new SdpAttribute("rtcp-mux"));
        }

        media.Attributes.Add(new SdpAttribute(agreement.Direction.ToAttributeName()));
        return media;
    }

    private SdpMediaAgreement Agree(SdpSessionDescription remote, SdpMedia media, int index, SdpCodec codec, int payloadType,
        int? telephoneEvent, SdpDirection local, bool rtcpMux)
    {
        var connection = remote.ConnectionOf(media);
        var legacyHold = connection?.IsUnspecified ?? false;
        var remoteDirection = remote.DirectionOf(media);
        if (legacyHold)
        {
            // RFC 3264 §8.4: c=0.0.0.0 means nothing may be sent to the peer, whatever the direction says.
            remoteDirection = SdpDirections.From(remoteDirection.Sends(), receive: false);
        }

        var rtcp = media.Rtcp;
        return new SdpMediaAgreement
        {
            Codec = codec,
            PayloadType = payloadType,
            TelephoneEventPayloadType = telephoneEvent,
            TelephoneEventEvents = telephoneEvent is { } te ? media.FindFmtp(te) : null,
            Direction = SdpDirections.Answer(remoteDirection, local),
            HeldByRemote = !remoteDirection.Receives(),
            RemoteAddress = connection?.Address,
            RemoteRtpPort = media.Port,
            RemoteRtcpAddress = !rtcpMux && rtcp?.Connection is { } rc ? rc.Address : connection?.Address,
            RemoteRtcpPort = rtcpMux ? media.Port : rtcp?.Port ?? media.Port + 1,
            RtcpMux = rtcpMux,
            Ptime = media.Ptime is > 0 and <= 200 and var ptime ? ptime : Capabilities.Ptime,
            MediaIndex = index,
        };
    }

    private (SdpCodec? Codec, int PayloadType) ChooseCodec(SdpMedia offered)
    {
        if (Capabilities.AnswerWithOwnPreference)
        {
            foreach (var codec in Capabilities.Codecs)
            {
                foreach (var pt in offered.PayloadTypes)
                {
                    if (codec.Matches(offered, pt))
                    {
                        return (codec, pt);
                    }
                }
            }

            return (null, -1);
        }

        foreach (var pt in offered.PayloadTypes)
        {
            if (FindOurCodec(offered, pt) is { } codec)
            {
                return (codec, pt);
            }
        }

        return (null, -1);
    }

    private SdpCodec? FindOurCodec(SdpMedia media, int payloadType)
    {
        foreach (var codec in Capabilities.Codecs)
        {
            if (codec.Matches(media, payloadType))
            {
                return codec;
            }
        }

        return null;
    }

    private static int? FindTelephoneEvent(SdpMedia media)
    {
        foreach (var pt in media.PayloadTypes)
        {
            if (SdpCodec.TelephoneEvent.Matches(media, pt))
            {
                return pt;
            }
        }

        return null;
    }

    private bool IsUsableAudio(SdpMedia media)
    {
        if (media.Media != "audio" || media.IsRejected)
        {
            return false;
        }

        foreach (var protocol in Capabilities.Protocols)
        {
            if (string.Equals(protocol, media.Protocol, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private SdpMedia OfferedAudio(SdpSession session)
    {
        var media = new SdpMedia { Media = "audio", Port = session.RtpPort, Protocol = Capabilities.Protocols.Count > 0 ? Capabilities.Protocols[0] : "RTP/AVP" };
        var nextDynamic = 96;
        foreach (var codec in Capabilities.Codecs)
        {
            var pt = codec.StaticPayloadType ?? NextDynamic(ref nextDynamic);
            media.Formats.Add(SdpNumbers.Text(pt));
            media.Attributes.Add(new SdpAttribute("rtpmap", new SdpRtpMap(pt, codec.Name, codec.ClockRate).ToString()));
        }

        if (Capabilities.TelephoneEvent)
        {
            var te = SdpNumbers.Text(Capabilities.TelephoneEventPayloadType);
            media.Formats.Add(te);
            media.Attributes.Add(new SdpAttribute("rtpmap", te + " " + TelephoneEventName + "/8000"));
            media.Attributes.Add(new SdpAttribute("fmtp", te + " " + Capabilities.TelephoneEventEvents));
        }

        media.Attributes.Add(new SdpAttribute("ptime", SdpNumbers.Text(Capabilities.Ptime)));
        if (Capabilities.RtcpMux)
        {
            media.Attributes.Add(new SdpAttribute("rtcp-mux"));
        }

        media.Attributes.Add(new SdpAttribute(OfferedDirection(session).ToAttributeName()));
        return media;
    }

    /// <summary>
    /// RFC 3264 §8.4: a stream that was recvonly for us (the peer holds us) is put on hold by marking it
    /// inactive rather than sendonly.
    /// </summary>
    private static SdpDirection OfferedDirection(SdpSession session) =>
        session.LocalDirection == SdpDirection.SendOnly && session.Agreement?.Direction == SdpDirection.RecvOnly
            ? SdpDirection.Inactive
            : session.LocalDirection;

    private int NextDynamic(ref int next)
    {
        if (next == Capabilities.TelephoneEventPayloadType)
        {
            next++;
        }

        return next++;
    }

    private static SdpMedia Rejected(SdpMedia offered)
    {
        var media = new SdpMedia { Media = offered.Media, Port = 0, Protocol = offered.Protocol };
        media.Formats.AddRange(offered.Formats);
        return media;
    }

    private SdpSessionDescription NewDescription(SdpSession session)
    {
        var description = new SdpSessionDescription
        {
            SessionName = Capabilities.SessionName,
            Connection = SdpConnection.ForAddress(session.Address),
        };
        description.Timings.Add(new SdpTiming());
        return description;
    }

    private string CodecList() => string.Join(", ", Capabilities.Codecs.Select(c => c.Name));
}
