namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// One extension's calls that started in one UTC hour, placed (its number is the caller's) or received (the callee's)
/// (table <c>report_extension_hours</c>): what the extension traffic report reads. An extension is one when folded.
/// </summary>
public sealed class ExtensionHour : IHourlyRow<ExtensionHour>
{
    public long Id { get; set; }

    public DateTime HourUtc { get; set; }

    public string Extension { get; set; } = "";

    /// <summary>Placed by the extension (else received by it).</summary>
    public bool Placed { get; set; }

    public int Calls { get; set; }

    public int Answered { get; set; }

    /// <summary>Sum of answered calls' end − answer, seconds.</summary>
    public double TalkSeconds { get; set; }

    public void Add(ExtensionHour other)
    {
        Calls += other.Calls;
        Answered += other.Answered;
        TalkSeconds += other.TalkSeconds;
    }
}
