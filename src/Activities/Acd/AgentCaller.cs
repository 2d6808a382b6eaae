using System.Collections.Concurrent;
using CallCenter.Domain.Acd;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Acd;

/// <summary>
/// Rings agents for the ACD's offers: on <see cref="OfferMade"/> each offered agent's extension is called (every
/// registered phone of it at once) with the caller's number as caller id; an answer is reported to the ACD
/// (<see cref="IAcd.Accept"/>) and the agent's leg handed to the waiting caller; a decline or failure is reported
/// (<see cref="IAcd.Reject"/> / <see cref="IAcd.NoAnswer"/>). The ACD keeps the ring timeout: its
/// <see cref="OfferCancelled"/> stops the ringing. An agent answering a call that is no longer waiting is hung up.
/// </summary>
public sealed class AgentCaller(IAcd acd, AcdConfiguration configuration, QueuedCalls queued, AgentCallEvents events, TimeProvider time,
    ILogger<AgentCaller> logger, ITelephony? telephony = null) : IAcdObserver
{
    // The ACD cancels an unanswered offer at its ring timeout; the phone is given a little longer so the ACD decides.
    private static readonly TimeSpan RingMargin = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<(long OfferId, string AgentId), CancellationTokenSource> _ringing = new();

    /// <summary>Offers being rung now.</summary>
    public int Ringing => _ringing.Count;

    public void OnEvent(AcdEvent acdEvent)
    {
        switch (acdEvent)
        {
            case OfferMade made:
                foreach (var agent in made.Offer.AgentIds) _ = RingAsync(made.Offer, agent);
                break;
            case OfferCancelled cancelled when _ringing.TryRemove((cancelled.OfferId, cancelled.AgentId), out var ringing):
                ringing.Cancel();
                ringing.Dispose();
                break;
        }
    }

    private async Task RingAsync(Offer offer, string agentId)
    {
        var waiting = queued.Find(offer.CallId);
        var extension = configuration.ExtensionOf(agentId);
        if (waiting is null || extension is null || telephony is null)
        {
            logger.LogWarning("Offer {OfferId} of call {CallId} to agent {AgentId}: {Problem}", offer.OfferId, offer.CallId, agentId,
                waiting is null ? "the call is not waiting here" : extension is null ? "the agent has no extension" : "no voice server");
            acd.NoAnswer(offer.OfferId, agentId);
            return;
        }
        var ringing = new CancellationTokenSource();
        _ringing[(offer.OfferId, agentId)] = ringing;
        var call = waiting.Call;
        waiting.Offered(offer.At);
        events.Publish(new AgentCallEvent(AgentCallEventKind.Offered, time.GetUtcNow(), call.Id, call.Caller, call.Called, offer.Queue, agentId, extension));
        OriginateResult result;
        try
        {
            result = await telephony.OriginateAsync(new OriginateRequest(extension)
            {
                CallerId = CallerId.Of(call),
                CallerName = offer.Queue,
                RingTimeout = offer.RingTimeout + RingMargin,
                // The ACD offers the call to this person: their own answer, refusal or silence decides the next step.
                ApplyForwarding = false,
            }, ringing.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Ringing agent {AgentId} at {Extension} for call {CallId} failed", agentId, extension, offer.CallId);
            result = OriginateResult.Fail(OriginateOutcome.Failed, null, ex.Message);
        }
        finally
        {
            if (_ringing.TryRemove(new KeyValuePair<(long, string), CancellationTokenSource>((offer.OfferId, agentId), ringing))) ringing.Dispose();
        }
        if (result.Session is not { } leg)
        {
            events.Publish(new AgentCallEvent(AgentCallEventKind.NotAnswered, time.GetUtcNow(), call.Id, call.Caller, call.Called, offer.Queue, agentId, extension));
            // Cancelled: the ACD withdrew the offer itself (its ring timeout, another agent answered, the caller left).
            if (result.Outcome == OriginateOutcome.Rejected) acd.Reject(offer.OfferId, agentId);
            else if (result.Outcome != OriginateOutcome.Cancelled) acd.NoAnswer(offer.OfferId, agentId);
            logger.LogInformation("Agent {AgentId} at {Extension} did not take call {CallId}: {Outcome} {Status}", agentId, extension, offer.CallId, result.Outcome, result.StatusCode);
            return;
        }
        var accepted = acd.Accept(offer.OfferId, agentId);
        if (!accepted.Succeeded || !waiting.TryConnect(agentId, leg))
        {
            logger.LogInformation("Agent {AgentId} answered call {CallId}, which no longer waits ({Reason})", agentId, offer.CallId, accepted.Message ?? "the caller left");
            if (accepted.Succeeded) acd.Complete(offer.CallId, CallSide.Caller);
            await leg.HangUpAsync("the caller is no longer waiting", ct: CancellationToken.None).ConfigureAwait(false);
            return;
        }
        events.Publish(new AgentCallEvent(AgentCallEventKind.Connected, time.GetUtcNow(), call.Id, call.Caller, call.Called, offer.Queue, agentId, extension, leg.Id));
    }
}
