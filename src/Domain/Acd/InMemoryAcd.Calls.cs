namespace CallCenter.Domain.Acd;

// Calls: joining a queue, waiting (max wait, tier widening, last-agent hold), leaving, completing.
public sealed partial class InMemoryAcd
{
    /// <inheritdoc />
    public EnqueueResult Enqueue(CallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnqueueResult result;
        lock (_gate)
        {
            result = EnqueueCore(request);
            Settle();
            if (result.IsQueued && _waiting.TryGetValue(request.CallId, out var call) && call.Offer is null)
                result = result with { EstimatedWait = call.Queue.EstimateWait(result.Position) };
        }
        _dispatcher.Deliver();
        return result;
    }

    /// <inheritdoc />
    public AcdResult Abandon(string callId)
    {
        AcdResult result;
        lock (_gate)
        {
            if (callId is not null && _waiting.TryGetValue(callId, out var call))
            {
                call.Queue.CountAbandoned(Today);
                Leave(call, CallOutcome.Abandoned, QueueEventType.Abandon, OfferCancelReason.CallerAbandoned);
                result = AcdResult.Ok;
            }
            else
            {
                result = callId is not null && _connected.ContainsKey(callId)
                    ? AcdResult.Fail(AcdErrorCode.UnknownCall, $"Call '{callId}' is connected to an agent; end it with Complete.")
                    : AcdResult.Fail(AcdErrorCode.UnknownCall, $"Call '{callId}' is not waiting in any queue.");
            }
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    /// <inheritdoc />
    public AcdResult Complete(string callId, CallSide endedBy) =>
        EndConnected(callId, endedBy == CallSide.Agent ? QueueEventType.CompleteAgent : QueueEventType.CompleteCaller, null);

    /// <inheritdoc />
    public AcdResult Transfer(string callId, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        return EndConnected(callId, QueueEventType.Transfer, target);
    }

    /// <inheritdoc />
    public AcdResult TakeOver(string callId, string queue, string agentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        AcdResult result;
        lock (_gate)
        {
            if (!_queues.TryGetValue(queue, out var state)) result = AcdResult.Fail(AcdErrorCode.UnknownQueue, $"There is no queue '{queue}'.");
            else if (!_agents.TryGetValue(agentId, out var agent)) result = AcdResult.Fail(AcdErrorCode.UnknownAgent, $"There is no agent '{agentId}'.");
            else if (agent.Status == AgentStatus.LoggedOut) result = AcdResult.Fail(AcdErrorCode.InvalidTransition, $"Agent {agentId} is logged out.");
            else if (_connected.ContainsKey(callId)) result = AcdResult.Fail(AcdErrorCode.InvalidTransition, $"Call '{callId}' is connected to an agent already.");
            else
            {
                WithdrawOffers(agent);
                if (agent.Status == AgentStatus.WrapUp) StopWrapUp(agent);
                // A paused agent who takes a transferred call is paused again when it ends.
                if (agent.Status == AgentStatus.NotReady) agent.PendingNotReadyReason ??= agent.Reason ?? "not ready";
                agent.ActiveCalls++;
                agent.RollDay(Today);
                agent.CallsToday++;
                SetStatus(agent, AgentStatus.OnCall, null);
                Reindex(agent);
                _connected[callId] = new ConnectedCall(callId, state, agent, TimeSpan.Zero, Now);
                Log(QueueEventType.Connect, callId, state.Name, agent.Id, Seconds(TimeSpan.Zero));
                MarkAgent(agent);
                result = AcdResult.Ok;
            }
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    /// <summary>The agent's part of a connected call is over: talk time counted, wrap-up (or Ready) when it was their last call.</summary>
    private AcdResult EndConnected(string callId, QueueEventType logType, string? target)
    {
        AcdResult result;
        lock (_gate)
        {
            if (callId is null || !_connected.Remove(callId, out var connected))
            {
                result = AcdResult.Fail(AcdErrorCode.UnknownCall, $"Call '{callId}' is not connected to an agent.");
            }
            else
            {
                var agent = connected.Agent;
                var talk = Now - connected.ConnectedAt;
                agent.ActiveCalls--;
                agent.RollDay(Today);
                agent.TalkToday += talk;
                agent.IdleSince = Now;
                var queue = connected.Queue;
                queue.CountHandleTime(talk + (agent.Profile.WrapUpOverride ?? queue.Settings.WrapUp));
                if (target is null) Log(logType, callId, queue.Name, agent.Id, Seconds(connected.Waited), Seconds(talk));
                else Log(logType, callId, queue.Name, agent.Id, target, Seconds(connected.Waited), Seconds(talk));
                if (agent.ActiveCalls == 0 && agent.Status == AgentStatus.OnCall) AfterLastCall(agent, queue);
                MarkAgent(agent);
                result = AcdResult.Ok;
            }
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    private EnqueueResult EnqueueCore(CallRequest request)
    {
        if (!_queues.TryGetValue(request.Queue, out var queue)) return new EnqueueResult(EnqueueOutcome.UnknownQueue, 0, null);
        if (_waiting.ContainsKey(request.CallId) || _connected.ContainsKey(request.CallId))
            return new EnqueueResult(EnqueueOutcome.Duplicate, 0, null);
        var settings = queue.Settings;
        // A queue that sends its callers away when empty does not take new ones while empty either.
        if ((!settings.JoinWhenEmpty || settings.LeaveWhenEmpty) && queue.LoggedIn == 0) return new EnqueueResult(EnqueueOutcome.NoAgents, 0, null);
        if (settings.MaxWaitingCallers > 0 && queue.Waiting >= settings.MaxWaitingCallers)
        {
            Log(QueueEventType.JoinFull, request.CallId, queue.Name, null, Text(settings.MaxWaitingCallers));
            return new EnqueueResult(EnqueueOutcome.Full, 0, null);
        }

        var call = new WaitingCall(request, queue, GetOrCreateBucket(queue, request.RequiredSkills), ++_arrivalSequence, Now);
        queue.Add(call);
        var position = queue.PositionOf(call);
        call.OriginalPosition = position;
        _waiting[call.Id] = call;
        queue.CountEntered(Today);
        Log(QueueEventType.EnterQueue, call.Id, queue.Name, null, Text(position), Text(request.Priority));

        if (settings.MaxWait > TimeSpan.Zero)
            call.MaxWaitTimer = _time.CreateTimer(static s => ((CallTicket)s!).MaxWait(), new CallTicket(this, call), settings.MaxWait, Timeout.InfiniteTimeSpan);
        if (settings.Strategy == QueueStrategy.SkillsBased && settings.TierWidening > TimeSpan.Zero)
        {
            // Tiers nobody staffs are skipped: with only level-3 agents logged in, a call starts at tier 3.
            call.AllowedTier = call.Bucket.BestStaffedTier();
            call.WideningTimer = _time.CreateTimer(static s => ((CallTicket)s!).Widen(), new CallTicket(this, call), settings.TierWidening, settings.TierWidening);
        }

        if (request.LastAgentId is { } lastId && FindAgent(lastId) is { } last && queue.Members.Contains(last))
        {
            if (IsAvailableFor(last, queue))
            {
                MakeOffer(call, [last]);
                return new EnqueueResult(EnqueueOutcome.Queued, position, null);
            }
            if (settings.LastAgentWindow > TimeSpan.Zero && last.Status is AgentStatus.Ringing or AgentStatus.OnCall or AgentStatus.WrapUp)
            {
                call.State = WaitingCallState.Reserved;
                call.ReservedFor = last;
                last.Reserved.Add(call);
                call.ReservationTimer = _time.CreateTimer(static s => ((CallTicket)s!).EndHold(), new CallTicket(this, call),
                    settings.LastAgentWindow, Timeout.InfiniteTimeSpan);
                return new EnqueueResult(EnqueueOutcome.Queued, position, null);
            }
        }
        call.Bucket.AddCall(call);
        TryMatchCall(call);
        return new EnqueueResult(EnqueueOutcome.Queued, position, null);
    }

    private sealed record CallTicket(InMemoryAcd Acd, WaitingCall Call)
    {
        public void MaxWait() => Acd.OnTimer(() =>
        {
            if (Acd.IsWaiting(Call)) Acd.Leave(Call, CallOutcome.Overflow, QueueEventType.ExitWithTimeout, OfferCancelReason.CallLeftQueue);
        }, "max wait");

        public void Widen() => Acd.OnTimer(() => Acd.WidenTier(Call), "tier widening");

        public void EndHold() => Acd.OnTimer(() =>
        {
            if (!Acd.IsWaiting(Call) || Call.State != WaitingCallState.Reserved) return;
            EndReservation(Call);
            Call.State = WaitingCallState.Waiting;
            Call.Bucket.AddCall(Call);
            Acd._dirtyCalls.Enqueue(Call);
        }, "last-agent hold");
    }

    private bool IsWaiting(WaitingCall call) => _waiting.TryGetValue(call.Id, out var current) && ReferenceEquals(current, call);

    /// <summary>One more tier of agents may take the call (skills-based); the timer stops at the worst tier.</summary>
    private void WidenTier(WaitingCall call)
    {
        if (!IsWaiting(call) || call.AllowedTier >= AgentProfile.WorstLevel) return;
        var matchable = call.State == WaitingCallState.Waiting;
        if (matchable) call.Bucket.RemoveCall(call);
        call.AllowedTier = Math.Max(call.AllowedTier + 1, call.Bucket.BestStaffedTier());
        if (matchable)
        {
            call.Bucket.AddCall(call);
            _dirtyCalls.Enqueue(call);
        }
        if (call.AllowedTier >= AgentProfile.WorstLevel)
        {
            call.WideningTimer?.Dispose();
            call.WideningTimer = null;
        }
    }

    /// <summary>The call leaves its queue without an agent: ringing stops, the exit is logged and published.</summary>
    private void Leave(WaitingCall call, CallOutcome outcome, QueueEventType logType, OfferCancelReason cancelReason)
    {
        var queue = call.Queue;
        var position = queue.PositionOf(call);
        if (call.Offer is { } offer)
        {
            EndOffer(offer);
            foreach (var agent in offer.Agents) ReleaseFromOffer(offer, agent, cancelReason);
            offer.Agents.Clear();
        }
        else if (call.State == WaitingCallState.Reserved) EndReservation(call);
        else call.Bucket.RemoveCall(call);
        RemoveFromQueue(call);
        var waited = Now - call.EnteredAt;
        Log(logType, call.Id, queue.Name, null, Text(position), Text(call.OriginalPosition), Seconds(waited));
        _dispatcher.Enqueue(new CallLeft(++_eventSequence, Now, call.Id, queue.Name, outcome, null, waited));
    }

    private void RemoveFromQueue(WaitingCall call)
    {
        call.Queue.Remove(call);
        call.DisposeTimers();
        _waiting.Remove(call.Id);
    }
}
