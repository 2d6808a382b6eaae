namespace CallCenter.Domain.Reports;

/// <summary>
/// One queue's figures over a period (the totals row has <see cref="Queue"/> = "" and adds every queue's counts, each
/// judged against its own threshold). Offered = calls that joined or were refused as full; overflowed = left by the
/// queue's max wait, because no agent was logged in, or refused as full. Ratios are null when their divisor is 0.
/// </summary>
public sealed record QueueReportRow(
    string Queue,
    string DisplayName,
    int ServiceLevelSeconds,
    int Offered,
    int Answered,
    int Abandoned,
    int Overflowed,
    int AnsweredWithinThreshold,
    int AbandonedWithinThreshold,
    double AnsweredWaitSeconds,
    double LongestWaitSeconds)
{
    /// <summary>SL1 = answered within T ÷ answered.</summary>
    public double? ServiceLevel1 => Answered == 0 ? null : (double)AnsweredWithinThreshold / Answered;

    /// <summary>SL2 = (answered + abandoned within T) ÷ (answered + abandoned).</summary>
    public double? ServiceLevel2 => Answered + Abandoned == 0 ? null : (double)(AnsweredWithinThreshold + AbandonedWithinThreshold) / (Answered + Abandoned);

    /// <summary>ASA: average wait of the answered calls, seconds.</summary>
    public double? AverageSpeedOfAnswerSeconds => Answered == 0 ? null : AnsweredWaitSeconds / Answered;
}
