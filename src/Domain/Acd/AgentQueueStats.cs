namespace CallCenter.Domain.Acd;

/// <summary>What one agent did in one queue: today's answered calls (fewest-calls) and the last offer (round-robin memory).</summary>
internal sealed class AgentQueueStats
{
    public DateOnly Day;
    public int CallsToday;

    /// <summary>The queue's offer counter when this agent was last offered one of its calls; 0 = never.</summary>
    public long LastOffered;

    public int CallsOn(DateOnly today) => Day == today ? CallsToday : 0;

    public void CountCall(DateOnly today)
    {
        if (Day != today)
        {
            Day = today;
            CallsToday = 0;
        }
        CallsToday++;
    }
}
