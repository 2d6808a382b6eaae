namespace CallCenter.Domain.Reports.Rollups;

/// <summary>What one read of traces' JSON counts: the IVR steps and the survey answers.</summary>
internal sealed class TraceCounts
{
    public IvrSteps Ivr { get; } = new();

    public SurveyAnswers Survey { get; } = new();

    public void Add(DateTime startedAt, string callFlow, string detailsJson)
    {
        Ivr.Add(startedAt, callFlow, detailsJson);
        Survey.Add(startedAt, callFlow, detailsJson);
    }
}
