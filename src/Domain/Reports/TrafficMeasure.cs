namespace CallCenter.Domain.Reports;

/// <summary>The countable cells of a traffic row, for drill-down.</summary>
public enum TrafficMeasure
{
    Inbound,
    Outbound,
    Answered,
    Abandoned,
}
