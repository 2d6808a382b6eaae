namespace CallCenter.Domain.Reports;

/// <summary>One queue's abandoned calls (the totals row has <see cref="Queue"/> = ""): short ones (&lt; 5 s) apart.</summary>
public sealed record AbandonQueueRow(string Queue, int Abandoned, int Short, double TotalWaitSeconds)
{
    /// <summary>Abandoned after 5 s or more: the ones that count against the service.</summary>
    public int Long => Abandoned - Short;

    public double? AverageWaitSeconds => Abandoned == 0 ? null : TotalWaitSeconds / Abandoned;
}
