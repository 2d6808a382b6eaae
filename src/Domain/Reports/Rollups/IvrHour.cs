namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// IVR steps of the calls that started in one UTC hour, counted per call flow, node and outcome (table
/// <c>report_ivr_hours</c>), from each call's trace path. <see cref="Node"/> "" is the trace itself: with
/// <see cref="Outcome"/> "" it counts traces (calls), with <c>Cancelled</c> the calls that hung up somewhere in the flow.
/// A node's steps without an outcome (the call ended inside it otherwise) have <see cref="Outcome"/> "".
/// </summary>
public sealed class IvrHour : IHourlyRow<IvrHour>
{
    /// <summary>Longest text kept per column (<see cref="RollupText"/> cuts longer ones).</summary>
    public const int MaxText = RollupText.MaxLength;

    public long Id { get; set; }

    public DateTime HourUtc { get; set; }

    /// <summary>The call's flow (the trace's definition id): what <see cref="ReportFilter.Flow"/> narrows to.</summary>
    public string CallFlow { get; set; } = "";

    /// <summary>The flow the step ran in (a sub-flow's steps count under it).</summary>
    public string Flow { get; set; } = "";

    public string Node { get; set; } = "";

    public string Type { get; set; } = "";

    public string Outcome { get; set; } = "";

    public int Count { get; set; }

    public void Add(IvrHour other) => Count += other.Count;
}
