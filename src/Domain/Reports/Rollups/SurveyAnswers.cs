using System.Globalization;
using System.Text.Json;
using CallCenter.Domain.Calls;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Counts traces' survey answers into <see cref="SurveyHour"/> rows (folding, a report's rows after the mark, and the
/// report over the sources), and turns such rows into the survey report. Only a trace whose JSON names a survey
/// attribute is deserialised: most calls answer no survey.
/// </summary>
internal sealed class SurveyAnswers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string Marker = "\"" + SurveyReport.QuestionPrefix;

    public Dictionary<(DateTime, string, string, string, string, string), SurveyHour> Hours { get; } = [];

    /// <summary>Counts the survey answers of one trace (its stored JSON) of a call that started at <paramref name="startedAt"/>.</summary>
    public void Add(DateTime startedAt, string callFlow, string detailsJson)
    {
        if (!detailsJson.Contains(Marker, StringComparison.Ordinal)) return;
        var details = JsonSerializer.Deserialize<CallTraceDetails>(detailsJson, Json) ?? new CallTraceDetails();
        var visit = details.Queues.LastOrDefault(v => v.AgentId is not null) ?? details.Queues.LastOrDefault();
        var hour = RollupHours.HourOf(startedAt);
        foreach (var (name, value) in details.Attributes)
        {
            if (!name.StartsWith(SurveyReport.QuestionPrefix, StringComparison.Ordinal)) continue;
            var key = (hour, RollupText.Cut(callFlow), RollupText.Cut(name), RollupText.Cut(visit?.Queue ?? ""), RollupText.Cut(visit?.AgentId ?? ""), RollupText.Cut(value?.Trim() ?? ""));
            if (!Hours.TryGetValue(key, out var row))
                Hours[key] = row = new SurveyHour { HourUtc = hour, CallFlow = key.Item2, Question = key.Item3, Queue = key.Item4, Agent = key.Item5, Answer = key.Item6 };
            row.Count++;
        }
    }

    /// <summary>The report's rows (by question, queue, agent) and totals from counted rows of any hours.</summary>
    public static ReportResult<SurveyReportRow> Report(IEnumerable<SurveyHour> rows)
    {
        var cells = new Dictionary<(string Question, string Queue, string Agent), Tally>();
        var total = new Tally();
        foreach (var row in rows)
        {
            if (!cells.TryGetValue((row.Question, row.Queue, row.Agent), out var tally)) cells[(row.Question, row.Queue, row.Agent)] = tally = new Tally();
            tally.Add(row.Answer, row.Count);
            total.Add(row.Answer, row.Count);
        }
        var result = cells.OrderBy(c => c.Key.Question, StringComparer.Ordinal).ThenBy(c => c.Key.Queue, StringComparer.Ordinal).ThenBy(c => c.Key.Agent, StringComparer.Ordinal)
            .Select(c => c.Value.Row(c.Key.Question, c.Key.Queue, c.Key.Agent)).ToList();
        return new ReportResult<SurveyReportRow>(result, total.Row("", "", ""));
    }


    private sealed class Tally
    {
        private readonly Dictionary<string, int> _answers = new(StringComparer.Ordinal);
        private int _responses, _unanswered, _scored;
        private double _sum;

        public void Add(string answer, int count)
        {
            if (answer.Length == 0) { _unanswered += count; return; }
            _responses += count;
            _answers[answer] = _answers.GetValueOrDefault(answer) + count;
            if (double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) { _scored += count; _sum += n * count; }
        }

        public SurveyReportRow Row(string question, string queue, string agent) =>
            new(question, queue, agent, _responses, _unanswered, _answers, _scored == 0 ? null : _sum / _scored);
    }
}
