using System.Globalization;
using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Survey results (满意度): the answers the flows kept on the calls (<c>SetCallAttributes</c>; every attribute whose name
/// starts with <see cref="QuestionPrefix"/>, e.g. <c>survey_score</c> of the shipped satisfaction survey) of calls started
/// in the period, per question, queue and agent — the agent and queue of the call's last connected queue visit (none:
/// ""): response count, unanswered (empty value), the distribution of answers and the average numeric answer. Reads
/// <c>call_traces</c> joined to <c>call_records</c> as JSON text, deserialising only the traces that name a survey
/// attribute (<see cref="SurveyAnswers"/>) — over whole-hour zone offsets from the hourly table <see cref="SurveyHour"/>
/// and the calls not folded into it yet. Honours
/// <see cref="ReportFilter.Queue"/>, <see cref="ReportFilter.Agent"/> and <see cref="ReportFilter.Flow"/> (the call's flow).
/// </summary>
public sealed class SurveyReport(ReportSource source)
{
    /// <summary>Call attributes with this prefix are survey questions.</summary>
    public const string QuestionPrefix = "survey";

    public async Task<ReportResult<SurveyReportRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        await using var db = await source.OpenAsync(ct);
        if (await HourlyRows.SurveyAsync(db, period, filter.Flow, ct) is { } hourly)
        {
            var stored = hourly.Stored;
            if (filter.Queue is not null) stored = stored.Where(h => h.Queue == filter.Queue);
            if (filter.Agent is not null) stored = stored.Where(h => h.Agent == filter.Agent);
            var sums = await stored.GroupBy(h => new { h.Question, h.Queue, h.Agent, h.Answer })
                .Select(g => new SurveyHour { Question = g.Key.Question, Queue = g.Key.Queue, Agent = g.Key.Agent, Answer = g.Key.Answer, Count = g.Sum(h => h.Count) })
                .ToListAsync(ct);
            return SurveyAnswers.Report(sums.Concat(hourly.Tail.Where(h => Matches(filter, h))));
        }
        var answers = new SurveyAnswers();
        await foreach (var trace in TraceTexts.StartedIn(db, period.StartUtc, period.EndUtc, filter.Flow).AsAsyncEnumerable().WithCancellation(ct))
            answers.Add(trace.StartedAt, trace.FlowName, trace.Details);
        return SurveyAnswers.Report(answers.Hours.Values.Where(h => Matches(filter, h)));
    }

    private static bool Matches(ReportFilter filter, SurveyHour row) =>
        (filter.Queue is null || row.Queue == filter.Queue) && (filter.Agent is null || row.Agent == filter.Agent);

    /// <summary>The answers found in <paramref name="rows"/>, numbers first in numeric order, then texts (the distribution's columns).</summary>
    public static IReadOnlyList<string> AnswersOf(IEnumerable<SurveyReportRow> rows) =>
        rows.SelectMany(r => r.Answers.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(a => Number(a) is null).ThenBy(a => Number(a) ?? 0).ThenBy(a => a, StringComparer.Ordinal).ToList();

    private static double? Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
}
