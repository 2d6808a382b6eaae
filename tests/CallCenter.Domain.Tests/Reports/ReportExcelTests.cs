using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Options;
using ClosedXML.Excel;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>Report workbooks (ClosedXML) and the streamed call detail (MiniExcel), reopened with ClosedXML and checked cell by cell.</summary>
public sealed class ReportExcelTests : IAsyncLifetime
{
    private static readonly ReportFilter OnThe24th = new(ReportDataset.Day, ReportDataset.Day) { Queue = "hotline" };
    private DomainDatabase _database = null!;
    private ReportSource _source = null!;

    public async Task InitializeAsync()
    {
        _database = await DomainDatabase.SqliteAsync();
        await using (var db = await _database.ContextAsync()) await ReportDataset.InsertAsync(db);
        _source = new ReportSource(_database.Factory, Options.Create(new EngineOptions { TimeZone = "Asia/Shanghai" }), _database.Time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Queue_report_workbook_has_title_filter_frozen_header_autofilter_formats_and_totals()
    {
        var report = await new QueueReport(_source).RunAsync(OnThe24th);
        using var file = new MemoryStream();
        int totalsRow;
        using (var workbook = new ReportWorkbook())
        {
            totalsRow = workbook.AddSheet("队列 Queues", "队列报表 Queue report", OnThe24th, ReportColumns.Queue, report.Rows, report.Totals);
            await workbook.SaveAsync(file);
        }

        file.Position = 0;
        using var book = new XLWorkbook(file);
        var sheet = book.Worksheet("队列 Queues");
        Assert.Equal("队列报表 Queue report", sheet.Cell(1, 1).GetString());
        Assert.Equal("期间 Period: 2026-11-24 – 2026-11-24 · 队列 Queue: hotline", sheet.Cell(2, 1).GetString());
        Assert.Equal("进队 Offered", sheet.Cell(3, 3).GetString());
        Assert.True(sheet.Cell(3, 1).Style.Font.Bold);
        Assert.Equal(3, sheet.SheetView.SplitRow); // title, filter and header stay in view
        Assert.Equal("A3:L4", sheet.AutoFilter.Range.RangeAddress.ToString());
        // The hotline row: Chinese name intact, counts as numbers, SL as percent, ASA 17.5 s as [h]:mm:ss.
        Assert.Equal("政务热线", sheet.Cell(4, 1).GetString());
        Assert.Equal(6, sheet.Cell(4, 3).GetDouble());
        Assert.Equal(0.5, sheet.Cell(4, 9).GetDouble());
        Assert.Equal(ReportWorkbook.PercentFormat, sheet.Cell(4, 9).Style.NumberFormat.Format);
        Assert.Equal(17.5, Seconds(sheet.Cell(4, 11)), 3);
        Assert.Equal(ReportWorkbook.DurationFormat, sheet.Cell(4, 11).Style.NumberFormat.Format);
        Assert.Equal(ReportWorkbook.IntegerFormat, sheet.Cell(4, 3).Style.NumberFormat.Format);
        // Totals row right after the data, bold, same formats.
        Assert.Equal(5, totalsRow);
        Assert.Equal("合计 Total", sheet.Cell(5, 1).GetString());
        Assert.True(sheet.Cell(5, 1).Style.Font.Bold);
        Assert.Equal(130, Seconds(sheet.Cell(5, 12)), 3);
        Assert.Equal(ReportWorkbook.DurationFormat, sheet.Cell(5, 12).Style.NumberFormat.Format);
        // Widths measured from the text (the title row is not a column's content): CJK counts two.
        Assert.True(sheet.Column(1).Width >= 8, $"column A is {sheet.Column(1).Width} wide");
    }

    [Fact]
    public async Task Agent_workbook_writes_attendance_dates_and_durations()
    {
        var filter = OnThe24th with { Queue = null };
        var attendance = await new AgentReport(_source).AttendanceAsync(filter);
        using var file = new MemoryStream();
        using (var workbook = new ReportWorkbook())
        {
            workbook.AddSheet("考勤 Attendance", "考勤 Attendance", filter, ReportColumns.Attendance, attendance, null);
            await workbook.SaveAsync(file);
        }

        file.Position = 0;
        using var book = new XLWorkbook(file);
        var sheet = book.Worksheet(1);
        Assert.Equal("张三", sheet.Cell(4, 2).GetString());
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0), sheet.Cell(4, 4).GetDateTime());
        Assert.Equal(ReportWorkbook.DateTimeFormat, sheet.Cell(4, 4).Style.DateFormat.Format);
        Assert.Equal(28800, Seconds(sheet.Cell(4, 6)), 3); // 8 h
        Assert.True(sheet.Cell(5, 4).IsEmpty()); // 8002 was logged in at midnight: no first login that day
    }

    [Fact]
    public async Task Call_detail_export_streams_every_call_with_local_times_frozen_header_and_autofilter()
    {
        using var file = new MemoryStream();
        var count = await new CallDetailExport(new CallDetailQuery(_source)).WriteAsync(file, new CallDetailFilter(OnThe24th with { Queue = null }));

        Assert.Equal(9, count);
        file.Position = 0;
        using var book = new XLWorkbook(file);
        var sheet = book.Worksheet(CallDetailExport.SheetName);
        Assert.Equal("呼叫ID Call id", sheet.Cell(1, 1).GetString());
        Assert.Equal(10, sheet.LastRowUsed().RowNumber()); // header + 9 calls
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        // The last call, r4: 23:58 on the 24th to 00:04 on the 25th local, talk 5 minutes.
        Assert.Equal("r4", sheet.Cell(10, 1).GetString());
        Assert.Equal(new DateTime(2026, 11, 24, 23, 58, 0), sheet.Cell(10, 4).GetDateTime());
        Assert.Equal(new DateTime(2026, 11, 25, 0, 4, 0), sheet.Cell(10, 6).GetDateTime());
        Assert.Equal(300, Seconds(sheet.Cell(10, 8)), 3);
        Assert.Equal(ReportWorkbook.DurationFormat, sheet.Cell(10, 8).Style.NumberFormat.Format);
    }

    // A duration cell holds a fraction of a day formatted [h]:mm:ss; ClosedXML reads such a cell back as a date.
    private static double Seconds(IXLCell cell) => cell.Value switch
    {
        DateTime d => d.ToOADate() * 86400,
        TimeSpan t => t.TotalSeconds,
        double x => x * 86400,
        var other => throw new InvalidOperationException($"{cell.Address} holds {other} ({other?.GetType()})"),
    };
}
