using CallCenter.Domain.Calls;
using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;
using CallCenter.Domain.Reports.Rollups;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>
/// Survey results on a small fixed day (2026-11-20 in Shanghai), figures computed by hand: the answers kept on the calls
/// (attributes survey_*) per question, queue and agent of the call's connected queue visit; unanswered counted apart;
/// a call at 23:30 UTC the day before is the 20th locally; a call of the 19th and a non-survey attribute are left out.
/// </summary>
public sealed class SurveyReportTests : IAsyncLifetime
{
    private static readonly DateTime Morning = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc); // 10:00 in Shanghai
    private static readonly ReportFilter Day = new(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20));
    private DomainDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await DomainDatabase.SqliteAsync(s => s.AddCallCenterReports().Configure<EngineOptions>(o => o.TimeZone = "Asia/Shanghai"));
        await using var db = await _database.ContextAsync();
        void Call(string id, DateTime start, string? queue, string? agent, params (string Name, string Value)[] answers)
        {
            db.CallRecords.Add(new CallDetailRecord { CallId = id, From = "sip:13800138000@carrier.example", To = "sip:12345@callcenter.example", StartedAt = start, EndedAt = start.AddMinutes(3), HangupBy = "Caller", Cause = "Normal" });
            var details = new CallTraceDetails();
            if (queue is not null)
            {
                var at = new DateTimeOffset(start, TimeSpan.Zero);
                details.Queues.Add(new CallQueueVisit("enqueue", queue, at, at, agent is null ? null : at.AddSeconds(10), at.AddMinutes(2), agent is null ? "Abandoned" : "Connected", agent, null, 10, 60, "Caller", null));
            }
            foreach (var (name, value) in answers) details.Attributes[name] = value;
            db.CallTraces.Add(new CallTrace { CallId = id, InstanceId = "i-" + id, FlowName = "hotline-12345", RecordedAt = start.AddMinutes(3), Details = details });
        }
        Call("s1", Morning, "hotline", "8001", ("survey_score", "5"));
        Call("s2", Morning.AddMinutes(10), "hotline", "8001", ("survey_score", "4"), ("vip", "1"));
        Call("s3", Morning.AddMinutes(20), "hotline", "8002", ("survey_score", ""));
        Call("s4", Morning.AddMinutes(30), "hotline", "8002", ("survey_score", "1"), ("survey_resolved", "yes"));
        Call("s5", Morning.AddMinutes(40), "card-service", "8001", ("survey_score", "5"));
        Call("s6", Morning.AddDays(-1), "hotline", "8001", ("survey_score", "1")); // the 19th
        Call("s7", Morning.AddHours(1), null, null, ("survey_score", "3")); // an IVR-only call
        Call("s8", new DateTime(2026, 11, 19, 23, 30, 0, DateTimeKind.Utc), "hotline", "8002", ("survey_score", "2")); // 07:30 on the 20th
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private SurveyReport Report => _database.Get<SurveyReport>();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Answers_are_counted_per_question_queue_and_agent_with_the_average_score(bool folded)
    {
        if (folded) await _database.Get<HourlyRollup>().FoldAsync(); // then from the hourly table (SQLite folds at once)
        var result = await Report.RunAsync(Day);
        Assert.Equal(
        [
            ("survey_resolved", "hotline", "8002", 1, 0, "yes:1", (double?)null),
            ("survey_score", "", "", 1, 0, "3:1", 3.0),
            ("survey_score", "card-service", "8001", 1, 0, "5:1", 5.0),
            ("survey_score", "hotline", "8001", 2, 0, "4:1 5:1", 4.5),
            ("survey_score", "hotline", "8002", 2, 1, "1:1 2:1", 1.5),
        ], result.Rows.Select(Flat));
        Assert.Equal(2.0 / 3, result.Rows[^1].ResponseRate!.Value, 6);
        // Totals: 7 answers, 1 unanswered; the average of the 6 numeric answers (3+5+4+5+1+2 = 20).
        var (question, queue, agent, responses, unanswered, answers, average) = Flat(result.Totals);
        Assert.Equal(("", "", "", 7, 1, "1:1 2:1 3:1 4:1 5:2 yes:1"), (question, queue, agent, responses, unanswered, answers));
        Assert.Equal(20.0 / 6, average!.Value, 6);
        Assert.Equal(["1", "2", "3", "4", "5", "yes"], SurveyReport.AnswersOf(result.Rows));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_queue_and_agent_filter_keeps_only_that_agents_calls_in_that_queue(bool folded)
    {
        if (folded) await _database.Get<HourlyRollup>().FoldAsync();
        var result = await Report.RunAsync(Day with { Queue = "hotline", Agent = "8002" });
        Assert.Equal(["survey_resolved", "survey_score"], result.Rows.Select(r => r.Question));
        Assert.Equal((3, 1), (result.Totals.Responses, result.Totals.Unanswered));
    }

    [Fact]
    public async Task The_workbook_has_a_column_per_answer_and_the_totals()
    {
        using var book = new ReportWorkbook();
        await ReportSheets.AddAsync(book, "survey", Day, _ => null, _database.Services, default);
        using var stream = new MemoryStream();
        await book.SaveAsync(stream);
        stream.Position = 0;
        using var reopened = new XLWorkbook(stream);
        var sheet = reopened.Worksheet(1);
        Assert.Equal("满意度调查 Survey results", sheet.Cell(1, 1).GetString());
        Assert.Equal(["问题 Question", "队列 Queue", "座席 Agent", "回答 Responses", "未回答 Unanswered", "回答率 Response rate", "“1”", "“2”", "“3”", "“4”", "“5”", "“yes”", "平均分 Average"],
            Enumerable.Range(1, 13).Select(c => sheet.Cell(3, c).GetString()));
        // hotline / 8001 (row 7): two answers, a 4 and a 5, average 4.5.
        Assert.Equal(("hotline", "8001", 2.0, 1.0, 1.0, 4.5), (sheet.Cell(7, 2).GetString(), sheet.Cell(7, 3).GetString(), sheet.Cell(7, 4).GetDouble(), sheet.Cell(7, 10).GetDouble(), sheet.Cell(7, 11).GetDouble(), sheet.Cell(7, 13).GetDouble()));
        Assert.Equal(7.0, sheet.Cell(9, 4).GetDouble()); // totals
        Assert.Equal(2.0, sheet.Cell(9, 11).GetDouble());
    }

    private static (string, string, string, int, int, string, double?) Flat(SurveyReportRow r) =>
        (r.Question, r.Queue, r.Agent, r.Responses, r.Unanswered, string.Join(" ", r.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}:{a.Value}")), r.AverageScore);
}
