namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// One agent's calls in one queue and UTC hour from <c>queue_events</c> (table <c>report_agent_call_hours</c>):
/// connected calls, offers let ring out, talk of the finished conversations. <see cref="Queue"/> is "" for a line that
/// names no queue. What the agent report reads once <see cref="HourlyRollup"/> has folded the lines.
/// </summary>
public sealed class AgentCallHour : IHourlyRow<AgentCallHour>
{
    public long Id { get; set; }

    public DateTime HourUtc { get; set; }

    public string Agent { get; set; } = "";

    public string Queue { get; set; } = "";

    /// <summary>CONNECT lines.</summary>
    public int Calls { get; set; }

    /// <summary>RINGNOANSWER lines.</summary>
    public int NoAnswer { get; set; }

    /// <summary>Talk of COMPLETEAGENT, COMPLETECALLER and TRANSFER lines, seconds.</summary>
    public double TalkSeconds { get; set; }

    public void Add(AgentCallHour other)
    {
        Calls += other.Calls;
        NoAnswer += other.NoAnswer;
        TalkSeconds += other.TalkSeconds;
    }
}
