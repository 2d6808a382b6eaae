namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Calls that started in one UTC hour by the side that ended them and whether they were answered (table
/// <c>report_hangup_hours</c>), as <see cref="HangupSideReport"/> counts them (the agent's side taken from the queue
/// log's COMPLETEAGENT for calls the server ended).
/// </summary>
public sealed class HangupHour : IHourlyRow<HangupHour>
{
    public long Id { get; set; }

    public DateTime HourUtc { get; set; }

    public HangupParty Side { get; set; }

    public bool Answered { get; set; }

    public int Calls { get; set; }

    public void Add(HangupHour other) => Calls += other.Calls;
}
