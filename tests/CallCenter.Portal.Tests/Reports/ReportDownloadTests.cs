using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;

namespace CallCenter.Portal.Tests.Reports;

/// <summary>
/// The report pages' Excel downloads on the real portal: the queue report as a formatted ClosedXML workbook (title,
/// filter summary, header, a row per queue, totals) for the range asked, the call detail streamed by MiniExcel with only
/// the drill-down's calls, and who may download (Supervisor, Manager, Admin — not an Agent, not anonymous).
/// </summary>
public sealed class ReportDownloadTests(ReportPortal reports) : IClassFixture<ReportPortal>
{
    private const string Range = "from=2026-11-20&to=2026-11-20";

    [Fact]
    public async Task The_queue_report_downloads_as_a_workbook_with_title_header_queue_rows_and_totals()
    {
        using var http = reports.Portal.CreateClient();
        using var response = await http.GetAsync($"/reports/queue.xlsx?{Range}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("queue-20261120-20261120.xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        Assert.Equal("队列报表 Queue report", sheet.Cell(1, 1).GetString());
        Assert.Equal("期间 Period: 2026-11-20 – 2026-11-20", sheet.Cell(2, 1).GetString());
        Assert.Equal(["队列 Queue", "阈值 T (s)", "进队 Offered", "接通 Answered", "放弃 Abandoned"], Enumerable.Range(1, 5).Select(c => sheet.Cell(3, c).GetString()));
        // Rows by queue name (card-service, hotline); c0 of the 18th is outside the range.
        Assert.Equal(("预付卡客服 / Prepaid-card service", 1.0, 0.0, 1.0), Row(sheet, 4));
        Assert.Equal(("政务热线 / Government hotline", 3.0, 2.0, 1.0), Row(sheet, 5));
        Assert.Equal(("合计 Total", 4.0, 2.0, 2.0), Row(sheet, 6));
        Assert.True(sheet.Cell(6, 1).Style.Font.Bold);
        Assert.Equal(0.5, sheet.Cell(5, 9).GetDouble()); // SL1 of hotline: 1 of 2 answered within 20 s
        Assert.Equal("0.0%", sheet.Cell(5, 9).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task A_queue_filter_and_another_range_change_what_the_workbook_holds()
    {
        using var http = reports.Portal.CreateClient();
        using var book = new XLWorkbook(await http.GetStreamAsync("/reports/queue.xlsx?from=2026-11-18&to=2026-11-20&queue=hotline"));
        var sheet = book.Worksheet(1);
        Assert.Equal("期间 Period: 2026-11-18 – 2026-11-20 · 队列 Queue: hotline", sheet.Cell(2, 1).GetString());
        Assert.Equal(("政务热线 / Government hotline", 4.0, 3.0, 1.0), Row(sheet, 4));
        Assert.Equal(("合计 Total", 4.0, 3.0, 1.0), Row(sheet, 5));
    }

    [Fact]
    public async Task The_call_detail_of_a_drill_down_streams_only_those_calls()
    {
        using var http = reports.Portal.CreateClient();
        // The hotline's abandoned calls, as the queue report's "Abandoned" cell links them.
        using var response = await http.GetAsync($"/reports/calls.xlsx?{Range}&queue=hotline&events=Abandon");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {reports.Portal.Output}");
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet("话单 Calls");
        Assert.Equal("呼叫ID Call id", sheet.Cell(1, 1).GetString());
        Assert.Equal(["c3"], sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal("13800138000", sheet.Cell(2, 2).GetString());
        Assert.Equal(new DateTime(2026, 11, 20, 10, 10, 0), sheet.Cell(2, 4).GetDateTime()); // local time in Shanghai

        using var all = new XLWorkbook(await http.GetStreamAsync($"/reports/calls.xlsx?{Range}"));
        Assert.Equal(["c1", "c2", "c3", "c4"], all.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
    }

    [Fact]
    public async Task Every_report_name_downloads_and_an_unknown_one_is_404()
    {
        using var http = reports.Portal.CreateClient();
        foreach (var name in new[] { "traffic", "abandon", "agents", "hangup", "ivr", "extensions", "comparison", "survey" })
        {
            using var response = await http.GetAsync($"/reports/{name}.xlsx?{Range}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
            Assert.StartsWith("期间 Period: 2026-11-20", book.Worksheet(1).Cell(2, 1).GetString());
        }
        using var abandon = new XLWorkbook(await http.GetStreamAsync($"/reports/abandon.xlsx?{Range}"));
        Assert.Equal(["按等待 By wait", "按队列 By queue", "按时段 By hour"], abandon.Worksheets.Select(w => w.Name));
        Assert.Equal(2, abandon.Worksheet("按队列 By queue").Cell(6, 2).GetDouble()); // totals row: c3 + c4
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/reports/payroll.xlsx?{Range}")).StatusCode);
    }

    [Fact]
    public async Task An_agent_may_not_download_reports_nor_may_anyone_signed_out()
    {
        using var admin = reports.Portal.CreateClient();
        using var created = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "desk 8001", roles = new[] { "Agent" }, agentId = "8001" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var agentKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        using var agent = reports.Portal.CreateClient(agentKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/reports/queue.xlsx?{Range}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/reports/calls.xlsx?{Range}")).StatusCode);
        using var wrongKey = reports.Portal.CreateClient("not-a-key-of-this-portal");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync($"/reports/queue.xlsx?{Range}")).StatusCode);

        using var managerKey = await admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "manager", roles = new[] { "Manager" } });
        using var manager = reports.Portal.CreateClient((await managerKey.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString());
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/reports/queue.xlsx?{Range}")).StatusCode);

        // A browser without a session is sent to the sign-in page, not given the file.
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = reports.Portal.Address };
        using var redirected = await anonymous.GetAsync($"/reports/queue.xlsx?{Range}");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/login", new Uri(reports.Portal.Address, redirected.Headers.Location!).AbsolutePath);
    }

    private static (string Queue, double Offered, double Answered, double Abandoned) Row(IXLWorksheet sheet, int row) =>
        (sheet.Cell(row, 1).GetString(), sheet.Cell(row, 3).GetDouble(), sheet.Cell(row, 4).GetDouble(), sheet.Cell(row, 5).GetDouble());
}
