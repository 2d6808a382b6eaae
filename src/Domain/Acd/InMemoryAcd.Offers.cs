namespace CallCenter.Domain.Acd;

// Offers: making them, and what the owner (or the ring timer) answers.
public sealed partial class InMemoryAcd
{
    /// <inheritdoc />
    public AcdResult Accept(long offerId, string? agentId = null)
    {
        AcdResult result;
        lock (_gate)
        {
            result = ResolveOffer(offerId, agentId, out var offer, out var agent);
            if (result.Succeeded) Connect(offer!, agent!);
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    /// <inheritdoc />
    public AcdResult Reject(long offerId, string? agentId = null) => Decline(offerId, agentId, timedOut: false);

    /// <inheritdoc />
    public AcdResult NoAnswer(long offerId, string? agentId = null) => Decline(offerId, agentId, timedOut: true);

    private AcdResult Decline(long offerId, string? agentId, bool timedOut)
    {
        AcdResult result;
        lock (_gate)
        {
            result = ResolveOffer(offerId, agentId, out var offer, out var agent);
            if (result.Succeeded) Missed(offer!, agent!, timedOut);
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    private AcdResult ResolveOffer(long offerId, string? agentId, out OfferState? offer, out AgentState? agent)
    {
        agent = null;
        if (!_offers.TryGetValue(offerId, out offer))
            return AcdResult.Fail(AcdErrorCode.UnknownOffer, $"Offer {offerId} is no longer ringing (answered, timed out, or the caller left).");
        if (agentId is null)
        {
            if (offer.Agents.Count == 1)
            {
                agent = offer.Agents[0];
                return AcdResult.Ok;
            }
            return AcdResult.Fail(AcdErrorCode.UnknownOffer, $"Offer {offerId} rings {offer.Agents.Count} agents: say which agent answers.");
        }
        foreach (var ringing in offer.Agents)
        {
            if (!string.Equals(ringing.Id, agentId, StringComparison.OrdinalIgnoreCase)) continue;
            agent = ringing;
            return AcdResult.Ok;
        }
        return AcdResult.Fail(AcdErrorCode.UnknownOffer, $"Offer {offerId} is not ringing agent '{agentId}'.");
    }

    /// <summary>Offers a call to one agent (or, ring-all, several): they ring until answered, declined or timed out.</summary>
    private void MakeOffer(WaitingCall call, List<AgentState> agents)
    {
        if (call.State == WaitingCallState.Waiting) call.Bucket.RemoveCall(call);
        else if (call.State == WaitingCallState.Reserved) EndReservation(call);
        call.State = WaitingCallState.Offered;

        var queue = call.Queue;
        var now = Now;
        var offer = new OfferState(++_offerSequence, call, agents, now);
        _offers[offer.Id] = offer;
        call.Offer = offer;
        queue.OfferCounter++;
        var ringTimeout = queue.Settings.RingTimeout;
        var agentIds = new string[agents.Count];
        for (var i = 0; i < agents.Count; i++) agentIds[i] = agents[i].Id;
        _dispatcher.Enqueue(new OfferMade(++_eventSequence, now, new Offer(offer.Id, call.Id, queue.Name, agentIds, ringTimeout, now)));
        foreach (var agent in agents)
        {
            agent.Offers.Add(offer);
            agent.StatsFor(queue).LastOffered = queue.OfferCounter;
            Log(QueueEventType.Offer, call.Id, queue.Name, agent.Id, Seconds(ringTimeout));
            if (agent.Status == AgentStatus.Ready) SetStatus(agent, AgentStatus.Ringing, null);
            Reindex(agent);
        }
        if (ringTimeout > TimeSpan.Zero)
            offer.RingTimer = _time.CreateTimer(static state => ((RingTimeoutTicket)state!).Fire(), new RingTimeoutTicket(this, offer), ringTimeout, Timeout.InfiniteTimeSpan);
    }

    private sealed record RingTimeoutTicket(InMemoryAcd Acd, OfferState Offer)
    {
        public void Fire() => Acd.OnTimer(() => Acd.RingTimedOut(Offer), "ring timeout");
    }

    private void RingTimedOut(OfferState offer)
    {
        if (!_offers.TryGetValue(offer.Id, out var current) || !ReferenceEquals(current, offer)) return;
        foreach (var agent in offer.Agents.ToArray()) Missed(offer, agent, timedOut: true);
    }

    /// <summary>The agent answered: OnCall, the call leaves the queue connected, any other ringing agent is released.</summary>
    private void Connect(OfferState offer, AgentState agent)
    {
        var call = offer.Call;
        var queue = call.Queue;
        var now = Now;
        EndOffer(offer);
        offer.Agents.Remove(agent);
        agent.Offers.Remove(offer);
        agent.ActiveCalls++;
        agent.MissedInARow = 0;
        agent.RollDay(Today);
        agent.CallsToday++;
        agent.StatsFor(queue).CountCall(Today);
        SetStatus(agent, AgentStatus.OnCall, null);
        Reindex(agent);
        if (agent.Buckets.Count > 0) _dirtyAgents.Enqueue(agent);

        var waited = now - call.EnteredAt;
        RemoveFromQueue(call);
        queue.CountAnswered(Today, waited);
        _connected[call.Id] = new ConnectedCall(call.Id, queue, agent, waited, now);
        Log(QueueEventType.Connect, call.Id, queue.Name, agent.Id, Seconds(waited));
        _dispatcher.Enqueue(new CallLeft(++_eventSequence, now, call.Id, queue.Name, CallOutcome.Connected, agent.Id, waited));

        foreach (var other in offer.Agents) ReleaseFromOffer(offer, other, OfferCancelReason.AnsweredElsewhere);
        offer.Agents.Clear();
    }

    /// <summary>The agent declined or did not answer: next agent; after K misses in a row the agent goes NotReady("no answer").</summary>
    private void Missed(OfferState offer, AgentState agent, bool timedOut)
    {
        var call = offer.Call;
        var queue = call.Queue;
        offer.Agents.Remove(agent);
        agent.Offers.Remove(offer);
        Log(QueueEventType.RingNoAnswer, call.Id, queue.Name, agent.Id, Text((long)(Now - offer.At).TotalMilliseconds), timedOut ? "timeout" : "rejected");
        // The ACD gave up on this phone: it must stop ringing before the call is offered on.
        if (timedOut) _dispatcher.Enqueue(new OfferCancelled(++_eventSequence, Now, offer.Id, call.Id, agent.Id, OfferCancelReason.RingTimeout));
        (call.RefusedBy ??= []).Add(agent);
        agent.MissedInARow++;
        var limit = queue.Settings.MaxMissedOffers;
        if (limit > 0 && agent.MissedInARow >= limit)
        {
            if (agent.Status == AgentStatus.OnCall) agent.PendingNotReadyReason = NoAnswerReason;
            else if (agent.Status is AgentStatus.Ringing or AgentStatus.Ready) EnterNotReady(agent, NoAnswerReason);
        }
        else if (agent.Status == AgentStatus.Ringing && agent.Offers.Count == 0)
        {
            SetStatus(agent, AgentStatus.Ready, null);
        }
        MarkAgent(agent);
        if (offer.Agents.Count == 0) ReturnToWaiting(offer);
    }

    /// <summary>Stops an agent's ringing without counting a miss (answered elsewhere, caller gone, agent unavailable).</summary>
    private void ReleaseFromOffer(OfferState offer, AgentState agent, OfferCancelReason reason)
    {
        agent.Offers.Remove(offer);
        _dispatcher.Enqueue(new OfferCancelled(++_eventSequence, Now, offer.Id, offer.Call.Id, agent.Id, reason));
        if (agent.Status == AgentStatus.Ringing && agent.Offers.Count == 0) SetStatus(agent, AgentStatus.Ready, null);
        MarkAgent(agent);
    }

    private void EndOffer(OfferState offer)
    {
        offer.RingTimer?.Dispose();
        offer.RingTimer = null;
        _offers.Remove(offer.Id);
        offer.Call.Offer = null;
    }

    /// <summary>Nobody is ringing for the call any more: it becomes matchable again, in its old place.</summary>
    private void ReturnToWaiting(OfferState offer)
    {
        EndOffer(offer);
        var call = offer.Call;
        call.State = WaitingCallState.Waiting;
        call.Bucket.AddCall(call);
        _dirtyCalls.Enqueue(call);
    }

    /// <summary>Withdraws every offer ringing the agent (logout, NotReady while ringing); their calls go on to other agents.</summary>
    private void WithdrawOffers(AgentState agent)
    {
        foreach (var offer in agent.Offers.ToArray())
        {
            offer.Agents.Remove(agent);
            agent.Offers.Remove(offer);
            _dispatcher.Enqueue(new OfferCancelled(++_eventSequence, Now, offer.Id, offer.Call.Id, agent.Id, OfferCancelReason.AgentUnavailable));
            if (offer.Agents.Count == 0) ReturnToWaiting(offer);
        }
    }
}
