namespace CallCenter.Domain.Acd;

/// <summary>Stop ringing <see cref="AgentId"/> for this offer.</summary>
public sealed record OfferCancelled(long Sequence, DateTimeOffset At, long OfferId, string CallId, string AgentId, OfferCancelReason Reason)
    : AcdEvent(Sequence, At);
