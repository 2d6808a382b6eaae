namespace CallCenter.Domain.Acd;

// The agent state machine: LoggedOut, Ready, NotReady(reason), Ringing, OnCall, WrapUp.
public sealed partial class InMemoryAcd
{
    /// <inheritdoc />
    public AcdResult Login(string agentId, bool ready = true)
    {
        AcdResult result;
        lock (_gate)
        {
            result = LoginCore(agentId, ready);
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    /// <inheritdoc />
    public AcdResult Logout(string agentId)
    {
        AcdResult result;
        lock (_gate)
        {
            result = LogoutCore(agentId);
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    /// <inheritdoc />
    public AcdResult Ready(string agentId)
    {
        AcdResult result;
        lock (_gate)
        {
            result = ReadyCore(agentId);
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    /// <inheritdoc />
    public AcdResult NotReady(string agentId, string reason)
    {
        AcdResult result;
        lock (_gate)
        {
            result = NotReadyCore(agentId, reason);
            Settle();
        }
        _dispatcher.Deliver();
        return result;
    }

    private AcdResult LoginCore(string agentId, bool ready)
    {
        if (FindAgent(agentId) is not { } agent) return UnknownAgent(agentId);
        if (agent.Status != AgentStatus.LoggedOut) return Invalid(agent, "already logged in.");
        agent.IdleSince = Now;
        agent.MissedInARow = 0;
        Log(QueueEventType.AgentLogin, null, null, agent.Id, agent.Profile.Extension);
        if (ready) SetStatus(agent, AgentStatus.Ready, null);
        else EnterNotReady(agent, LoginReason);
        MarkAgent(agent);
        return AcdResult.Ok;
    }

    private AcdResult LogoutCore(string agentId)
    {
        if (FindAgent(agentId) is not { } agent) return UnknownAgent(agentId);
        switch (agent.Status)
        {
            case AgentStatus.LoggedOut:
                return Invalid(agent, "not logged in.");
            case AgentStatus.OnCall:
                return Invalid(agent, "on a call; log out after it ends.");
        }
        WithdrawOffers(agent);
        StopWrapUp(agent);
        ReleaseReservations(agent);
        agent.PendingNotReadyReason = null;
        SetStatus(agent, AgentStatus.LoggedOut, null);
        Log(QueueEventType.AgentLogoff, null, null, agent.Id, agent.Profile.Extension);
        Reindex(agent);
        foreach (var queue in agent.Queues)
            if (queue.Settings.LeaveWhenEmpty && queue.LoggedIn == 0)
                foreach (var call in queue.ByArrival.ToArray())
                    Leave(call, CallOutcome.NoAgents, QueueEventType.ExitEmpty, OfferCancelReason.CallLeftQueue);
        return AcdResult.Ok;
    }

    private AcdResult ReadyCore(string agentId)
    {
        if (FindAgent(agentId) is not { } agent) return UnknownAgent(agentId);
        switch (agent.Status)
        {
            case AgentStatus.LoggedOut:
                return Invalid(agent, "log in first.");
            case AgentStatus.Ready:
                return AcdResult.Ok;
            case AgentStatus.Ringing:
                return Invalid(agent, "the phone is ringing; answer or decline the offer.");
            case AgentStatus.OnCall:
                if (agent.PendingNotReadyReason is null) return Invalid(agent, "on a call; the agent is Ready after it (and wrap-up).");
                agent.PendingNotReadyReason = null;
                Reindex(agent);
                return AcdResult.Ok;
            case AgentStatus.NotReady:
                agent.IdleSince = Now;
                agent.MissedInARow = 0;
                SetStatus(agent, AgentStatus.Ready, null);
                Log(QueueEventType.Unpause, null, null, agent.Id);
                break;
            case AgentStatus.WrapUp:
                StopWrapUp(agent);
                SetStatus(agent, AgentStatus.Ready, null);
                break;
        }
        MarkAgent(agent);
        return AcdResult.Ok;
    }

    private AcdResult NotReadyCore(string agentId, string reason)
    {
        if (FindAgent(agentId) is not { } agent) return UnknownAgent(agentId);
        if (string.IsNullOrWhiteSpace(reason))
            return AcdResult.Fail(AcdErrorCode.InvalidTransition, "Say why the agent is not ready (break, meeting, training…).");
        switch (agent.Status)
        {
            case AgentStatus.LoggedOut:
                return Invalid(agent, "log in first.");
            case AgentStatus.OnCall:
                // Takes effect when the call ends (instead of wrap-up), and no further call is offered meanwhile.
                agent.PendingNotReadyReason = reason;
                WithdrawOffers(agent);
                Reindex(agent);
                return AcdResult.Ok;
            case AgentStatus.NotReady when agent.Reason == reason:
                return AcdResult.Ok;
        }
        WithdrawOffers(agent);
        StopWrapUp(agent);
        EnterNotReady(agent, reason);
        Reindex(agent);
        return AcdResult.Ok;
    }

    /// <summary>NotReady(reason), logged as a pause; calls held for the agent stop waiting for them.</summary>
    private void EnterNotReady(AgentState agent, string reason)
    {
        ReleaseReservations(agent);
        SetStatus(agent, AgentStatus.NotReady, reason);
        Log(QueueEventType.Pause, null, null, agent.Id, reason);
    }

    /// <summary>The agent's last call ended: NotReady if asked for meanwhile, else wrap-up (if any), else Ready.</summary>
    private void AfterLastCall(AgentState agent, QueueState queue)
    {
        if (agent.PendingNotReadyReason is { } reason)
        {
            agent.PendingNotReadyReason = null;
            EnterNotReady(agent, reason);
            return;
        }
        if (agent.Offers.Count > 0)
        {
            // Ring-busy: another call is already ringing the agent; it shows as Ringing until answered.
            SetStatus(agent, AgentStatus.Ringing, null);
            return;
        }
        var wrapUp = agent.Profile.WrapUpOverride ?? queue.Settings.WrapUp;
        if (wrapUp <= TimeSpan.Zero)
        {
            SetStatus(agent, AgentStatus.Ready, null);
            return;
        }
        SetStatus(agent, AgentStatus.WrapUp, null);
        var ticket = new WrapUpTicket(this, agent);
        agent.WrapUpToken = ticket;
        agent.WrapUpTimer = _time.CreateTimer(static state => ((WrapUpTicket)state!).Fire(), ticket, wrapUp, Timeout.InfiniteTimeSpan);
    }

    private sealed record WrapUpTicket(InMemoryAcd Acd, AgentState Agent)
    {
        public void Fire() => Acd.OnTimer(() => Acd.WrapUpEnded(this), "wrap-up");
    }

    private void WrapUpEnded(WrapUpTicket ticket)
    {
        var agent = ticket.Agent;
        if (!ReferenceEquals(agent.WrapUpToken, ticket) || agent.Status != AgentStatus.WrapUp) return;
        StopWrapUp(agent);
        SetStatus(agent, AgentStatus.Ready, null);
        MarkAgent(agent);
    }

    private static void StopWrapUp(AgentState agent)
    {
        agent.WrapUpTimer?.Dispose();
        agent.WrapUpTimer = null;
        agent.WrapUpToken = null;
    }

    /// <summary>Calls held for the agent (last-agent preference) go to the queue's strategy.</summary>
    private void ReleaseReservations(AgentState agent)
    {
        foreach (var call in agent.Reserved.ToArray())
        {
            EndReservation(call);
            call.State = WaitingCallState.Waiting;
            call.Bucket.AddCall(call);
            _dirtyCalls.Enqueue(call);
        }
    }

    private static void EndReservation(WaitingCall call)
    {
        call.ReservedFor?.Reserved.Remove(call);
        call.ReservedFor = null;
        call.ReservationTimer?.Dispose();
        call.ReservationTimer = null;
    }
}
