namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// The <c>call_records</c> of one UTC hour counted under one number (table <c>report_traffic_hours</c>): inbound calls
/// under the called number's user part, calls placed by an extension under that extension. What traffic by number
/// reads once <see cref="HourlyRollup"/> has folded the records. A call is inbound or outbound by the extensions
/// configured when it was folded.
/// </summary>
public sealed class TrafficHour : IHourlyRow<TrafficHour>
{
    public long Id { get; set; }

    /// <summary>The hour's first instant (of the calls' start), UTC.</summary>
    public DateTime HourUtc { get; set; }

    /// <summary>Placed by one of our extensions (keyed by it) rather than received (keyed by the number dialled).</summary>
    public bool Outbound { get; set; }

    /// <summary>The user part of the called number (inbound) or of the calling extension (outbound).</summary>
    public string Number { get; set; } = "";

    public int Calls { get; set; }

    public int Answered { get; set; }

    /// <summary>Sum of answered calls' end − answer, seconds.</summary>
    public double TalkSeconds { get; set; }

    /// <summary>Adds another part of the same hour, direction and number.</summary>
    public void Add(TrafficHour other)
    {
        Calls += other.Calls;
        Answered += other.Answered;
        TalkSeconds += other.TalkSeconds;
    }
}
