namespace CallCenter.Domain.Reports.Schedules;

/// <summary>How one report mail run went: sent for the dates covered, skipped (gone or disabled), or failed with the reason.</summary>
public sealed record ReportMailResult(ReportMailOutcome Outcome, DateOnly? From = null, DateOnly? To = null, string? Error = null)
{
    public bool Sent => Outcome == ReportMailOutcome.Sent;
}
