namespace CallCenter.Domain.Reports;

/// <summary>Calls one side ended, answered or not; <see cref="Share"/> of all calls in the period (0–1). Totals row: side null.</summary>
public sealed record HangupSideRow(HangupParty? Side, string Label, int Answered, int Unanswered, double Share)
{
    public int Calls => Answered + Unanswered;
}
