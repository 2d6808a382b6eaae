namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// One queue's <c>queue_events</c> of one UTC hour, added up (table <c>report_queue_hours</c>): what the queue report
/// and traffic by queue read instead of the log lines once <see cref="HourlyRollup"/> has folded them. Calls within
/// the service level are counted against <see cref="ServiceLevelSeconds"/>, the queue's threshold when they were folded;
/// a report asked with another threshold (the queue's was changed) recounts that queue from the log.
/// </summary>
public sealed class QueueHour : IHourlyRow<QueueHour>
{
    public long Id { get; set; }

    /// <summary>The hour's first instant, UTC.</summary>
    public DateTime HourUtc { get; set; }

    public string Queue { get; set; } = "";

    /// <summary>The threshold T the within-T counts were judged against.</summary>
    public int ServiceLevelSeconds { get; set; }

    /// <summary>ENTERQUEUE lines.</summary>
    public int Joined { get; set; }

    /// <summary>JOINFULL lines (refused as full).</summary>
    public int Full { get; set; }

    /// <summary>CONNECT lines.</summary>
    public int Answered { get; set; }

    /// <summary>ABANDON lines.</summary>
    public int Abandoned { get; set; }

    /// <summary>EXITWITHTIMEOUT and EXITEMPTY lines.</summary>
    public int Overflowed { get; set; }

    public int AnsweredWithin { get; set; }

    public int AbandonedWithin { get; set; }

    /// <summary>Sum of the answered calls' waits, seconds.</summary>
    public double AnsweredWaitSeconds { get; set; }

    /// <summary>Longest wait of a call that left the queue (answered, abandoned, overflowed), seconds.</summary>
    public double LongestWaitSeconds { get; set; }

    /// <summary>Talk seconds of the lines traffic by queue adds up (COMPLETEAGENT, COMPLETECALLER, TRANSFER).</summary>
    public double TalkSeconds { get; set; }

    /// <summary>Adds another part of the same hour, queue and threshold.</summary>
    public void Add(QueueHour other)
    {
        Joined += other.Joined;
        Full += other.Full;
        Answered += other.Answered;
        Abandoned += other.Abandoned;
        Overflowed += other.Overflowed;
        AnsweredWithin += other.AnsweredWithin;
        AbandonedWithin += other.AbandonedWithin;
        AnsweredWaitSeconds += other.AnsweredWaitSeconds;
        LongestWaitSeconds = Math.Max(LongestWaitSeconds, other.LongestWaitSeconds);
        TalkSeconds += other.TalkSeconds;
    }
}
