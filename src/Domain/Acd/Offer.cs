namespace CallCenter.Domain.Acd;

/// <summary>
/// A call offered to one agent (or, ring-all, to several at once): the owner rings the agents' phones and answers with
/// <see cref="IAcd.Accept"/>, <see cref="IAcd.Reject"/> or <see cref="IAcd.NoAnswer"/>. The ACD itself treats the offer
/// as not answered after <see cref="RingTimeout"/>.
/// </summary>
/// <param name="OfferId">Unique within the ACD instance.</param>
/// <param name="CallId">The offered call.</param>
/// <param name="Queue">Its queue.</param>
/// <param name="AgentIds">The agents rung (one, except ring-all).</param>
/// <param name="RingTimeout">How long the phones ring.</param>
/// <param name="At">When the offer was made.</param>
public sealed record Offer(long OfferId, string CallId, string Queue, IReadOnlyList<string> AgentIds, TimeSpan RingTimeout, DateTimeOffset At);
