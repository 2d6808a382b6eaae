namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Survey answers of the calls that started in one UTC hour (table <c>report_survey_hours</c>): per call flow, question
/// (a call attribute starting with <see cref="SurveyReport.QuestionPrefix"/>), queue and agent of the call's last
/// connected queue visit ("" for none), and answer ("" = reached the question without answering), how many calls.
/// </summary>
public sealed class SurveyHour : IHourlyRow<SurveyHour>
{
    /// <summary>Longest text kept per column (<see cref="RollupText"/> cuts longer ones).</summary>
    public const int MaxText = RollupText.MaxLength;

    public long Id { get; set; }

    public DateTime HourUtc { get; set; }

    public string CallFlow { get; set; } = "";

    public string Question { get; set; } = "";

    public string Queue { get; set; } = "";

    public string Agent { get; set; } = "";

    public string Answer { get; set; } = "";

    public int Count { get; set; }

    public void Add(SurveyHour other) => Count += other.Count;
}
