namespace CallCenter.Bench.ScreenPop;

/// <summary>
/// One screen pop as the client saw it: when the caller's INVITE reached the server, when the ACD offered the call,
/// when the relay sent the pop (after its database reads) and when this client received it — all on the one machine clock.
/// </summary>
public sealed record OfferSample(string CallId, DateTimeOffset InviteAt, DateTimeOffset OfferedAt, DateTimeOffset SentAt, DateTimeOffset ReceivedAt,
    bool CustomerFound, int RecentCalls, int RecentTickets)
{
    /// <summary>INVITE → the pop arriving here: the figure the issue asks for.</summary>
    public double PopMs => (ReceivedAt - InviteAt).TotalMilliseconds;

    /// <summary>INVITE → the ACD's offer (flow start, queueing, the ACD's decision): no CTI work in it.</summary>
    public double OfferMs => (OfferedAt - InviteAt).TotalMilliseconds;

    /// <summary>Offer → pop sent: the relay's hand-off and the pop's lookups.</summary>
    public double BuildMs => (SentAt - OfferedAt).TotalMilliseconds;

    /// <summary>Pop sent → received: SignalR delivery.</summary>
    public double DeliveryMs => (ReceivedAt - SentAt).TotalMilliseconds;
}
