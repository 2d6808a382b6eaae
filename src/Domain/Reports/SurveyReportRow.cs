namespace CallCenter.Domain.Reports;

/// <summary>
/// The answers to one survey question (a call attribute such as <c>survey_score</c>) for one queue and agent: calls that
/// answered, calls that reached the question without answering (an empty value), how many gave each answer, and the
/// average of the numeric answers (null when none). The totals row has question, queue and agent "" and counts every
/// answer of the period.
/// </summary>
public sealed record SurveyReportRow(string Question, string Queue, string Agent, int Responses, int Unanswered, IReadOnlyDictionary<string, int> Answers, double? AverageScore)
{
    /// <summary>Share of the calls asked that answered (null when none was asked).</summary>
    public double? ResponseRate => Responses + Unanswered == 0 ? null : (double)Responses / (Responses + Unanswered);
}
