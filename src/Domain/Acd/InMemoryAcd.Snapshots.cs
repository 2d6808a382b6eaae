namespace CallCenter.Domain.Acd;

// Read-only views for announcements and the wallboard.
public sealed partial class InMemoryAcd
{
    /// <inheritdoc />
    public CallPosition? GetPosition(string callId)
    {
        lock (_gate)
        {
            if (callId is null || !_waiting.TryGetValue(callId, out var call)) return null;
            var position = call.Queue.PositionOf(call);
            return new CallPosition(call.Id, call.Queue.Name, position, Now - call.EnteredAt, call.Queue.EstimateWait(position));
        }
    }

    /// <inheritdoc />
    public AgentSnapshot? GetAgent(string agentId)
    {
        lock (_gate) return FindAgent(agentId) is { } agent ? Snapshot(agent) : null;
    }

    /// <inheritdoc />
    public QueueSnapshot? GetQueue(string queue)
    {
        lock (_gate) return queue is not null && _queues.TryGetValue(queue, out var state) ? Snapshot(state) : null;
    }

    /// <inheritdoc />
    public IReadOnlyList<AgentSnapshot> GetAgents()
    {
        lock (_gate) return _agents.Values.OrderBy(a => a.Id, StringComparer.OrdinalIgnoreCase).Select(Snapshot).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<QueueSnapshot> GetQueues()
    {
        lock (_gate) return _queues.Values.OrderBy(q => q.Name, StringComparer.OrdinalIgnoreCase).Select(Snapshot).ToList();
    }

    private AgentSnapshot Snapshot(AgentState agent)
    {
        var today = agent.Day == Today;
        return new AgentSnapshot(agent.Id, agent.Profile.Extension, agent.Status, agent.Reason, agent.Since, agent.ActiveCalls,
            today ? agent.CallsToday : 0, today ? agent.TalkToday : TimeSpan.Zero, agent.MissedInARow);
    }

    private QueueSnapshot Snapshot(QueueState queue)
    {
        queue.Roll(Today);
        var byStatus = new Dictionary<AgentStatus, int>();
        foreach (var status in Enum.GetValues<AgentStatus>()) byStatus[status] = queue.StatusCounts[(int)status];
        var longest = queue.ByArrival.First is { } oldest ? Now - oldest.Value.EnteredAt : TimeSpan.Zero;
        var handled = queue.Answered + queue.Abandoned;
        double? serviceLevel = handled == 0 ? null : (double)queue.AnsweredWithinServiceLevel / handled;
        return new QueueSnapshot(queue.Name, queue.Settings.Strategy, queue.Waiting, longest, byStatus, queue.Entered, queue.Answered,
            queue.AnsweredWithinServiceLevel, queue.Abandoned, serviceLevel, queue.AverageHandleTime);
    }
}
