namespace CallCenter.Portal.Components.Reports;

/// <summary>The narrowing fields a report page offers besides the date range (what its report honours).</summary>
[Flags]
public enum ReportFields
{
    None = 0,
    Queue = 1,
    Agent = 2,
    Group = 4,
    Number = 8,
    Flow = 16,
}
