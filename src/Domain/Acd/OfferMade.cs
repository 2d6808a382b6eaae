namespace CallCenter.Domain.Acd;

/// <summary>The ACD offers a call: ring <see cref="Offer.AgentIds"/>.</summary>
public sealed record OfferMade(long Sequence, DateTimeOffset At, Offer Offer) : AcdEvent(Sequence, At);
