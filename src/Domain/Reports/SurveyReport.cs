using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Survey results (满意度): the answers the flows kept on the calls (<c>SetCallAttributes</c>; every attribute whose name
/// starts with <see cref="QuestionPrefix"/>, e.g. <c>survey_score</c> of the shipped satisfaction survey) of calls started
/// in the period, per question, queue and agent — the agent and queue of the call's last connected queue visit (none:
/// ""): response count, unanswered (empty value), the distribution of answers and the average numeric answer. Reads
/// <c>call_traces</c> joined to <c>call_records</c> one by one (the attributes are JSON). Honours
/// <see cref="ReportFilter.Queue"/>, <see cref="ReportFilter.Agent"/> and <see cref="ReportFilter.Flow"/> (the call's flow).
/// </summary>
public sealed class SurveyReport(ReportSource source)
{
    /// <summary>Call attributes with this prefix are survey questions.</summary>
    public const string QuestionPrefix = "survey";

    public async Task<ReportResult<SurveyReportRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        var (start, end) = (period.StartUtc, period.EndUtc);
        await using var db = await source.OpenAsync(ct);
        var traces = from t in db.CallTraces.AsNoTracking()
                     join c in db.CallRecords on t.CallId equals c.CallId
                     where c.StartedAt >= start && c.StartedAt < end
                     select t;
        if (filter.Flow is not null) traces = traces.Where(t => t.FlowName == filter.Flow);
        var cells = new Dictionary<(string Question, string Queue, string Agent), Tally>();
        var total = new Tally();
        await foreach (var details in traces.Select(t => t.Details).AsAsyncEnumerable().WithCancellation(ct))
        {
            var visit = details.Queues.LastOrDefault(v => v.AgentId is not null) ?? details.Queues.LastOrDefault();
            var (queue, agent) = (visit?.Queue ?? "", visit?.AgentId ?? "");
            if ((filter.Queue is not null && queue != filter.Queue) || (filter.Agent is not null && agent != filter.Agent)) continue;
            foreach (var (name, value) in details.Attributes)
            {
                if (!name.StartsWith(QuestionPrefix, StringComparison.Ordinal)) continue;
                if (!cells.TryGetValue((name, queue, agent), out var tally)) cells[(name, queue, agent)] = tally = new Tally();
                tally.Add(value);
                total.Add(value);
            }
        }
        var rows = cells.OrderBy(c => c.Key.Question, StringComparer.Ordinal).ThenBy(c => c.Key.Queue, StringComparer.Ordinal).ThenBy(c => c.Key.Agent, StringComparer.Ordinal)
            .Select(c => c.Value.Row(c.Key.Question, c.Key.Queue, c.Key.Agent)).ToList();
        return new ReportResult<SurveyReportRow>(rows, total.Row("", "", ""));
    }

    /// <summary>The answers found in <paramref name="rows"/>, numbers first in numeric order, then texts (the distribution's columns).</summary>
    public static IReadOnlyList<string> AnswersOf(IEnumerable<SurveyReportRow> rows) =>
        rows.SelectMany(r => r.Answers.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(a => Number(a) is null).ThenBy(a => Number(a) ?? 0).ThenBy(a => a, StringComparer.Ordinal).ToList();

    private static double? Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private sealed class Tally
    {
        private readonly Dictionary<string, int> _answers = new(StringComparer.Ordinal);
        private int _responses, _unanswered, _scored;
        private double _sum;

        public void Add(string? value)
        {
            var answer = value?.Trim() ?? "";
            if (answer.Length == 0) { _unanswered++; return; }
            _responses++;
            _answers[answer] = _answers.GetValueOrDefault(answer) + 1;
            if (Number(answer) is { } n) { _scored++; _sum += n; }
        }

        public SurveyReportRow Row(string question, string queue, string agent) =>
            new(question, queue, agent, _responses, _unanswered, _answers, _scored == 0 ? null : _sum / _scored);
    }
}
