using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CallCenter.Domain.Tests.Reports;

/// <summary>
/// Report sheets above <see cref="ReportWorkbook.LargeSheetRows"/>: ClosedXML writes the look, the rows are streamed in.
/// Reopened with ClosedXML and compared with what the all-ClosedXML path writes for the same rows.
/// </summary>
public sealed class LargeReportSheetTests
{
    private const int Large = ReportWorkbook.LargeSheetRows + 1500;
    private static readonly ReportFilter Month = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)) { Queue = "hotline" };
    private static readonly DateTime Start = new(2026, 11, 1, 8, 0, 0);

    private static readonly IReadOnlyList<ReportColumn<Line>> Columns =
    [
        new("座席 Agent", r => r.Agent), new("备注 Note", r => r.Note), new("时间 At", r => r.At, ReportCellFormat.DateTime),
        new("日期 Day", r => r.Day, ReportCellFormat.Date), new("通话 Talk", r => r.TalkSeconds, ReportCellFormat.Duration),
        new("接听 Calls", r => r.Calls, ReportCellFormat.Integer), new("占比 Share", r => r.Share, ReportCellFormat.Percent),
        new("平均分 Score", r => r.Score, ReportCellFormat.Number),
    ];

    private static readonly Line Totals = new("合计 Total", null, null, null, 123_456, 9_999, 1, 3.25);

    private int _enumerations;

    [Fact]
    public async Task A_sheet_above_the_threshold_keeps_the_look_and_every_value_format_and_type_of_its_rows()
    {
        using var file = new MemoryStream();
        int totalsRow;
        using (var workbook = new ReportWorkbook())
        {
            totalsRow = workbook.AddSheet("话单 Calls", "座席明细 Agent detail", Month, Columns, Rows(Large), Totals);
            await workbook.SaveAsync(file);
        }

        Assert.Equal(1, _enumerations); // the rows may be a database stream: read once
        var last = ReportWorkbook.FirstDataRow + Large - 1;
        Assert.Equal(last + 1, totalsRow);
        AssertStreamedAndValid(file, "话单 Calls", $"'话单 Calls'!$A$3:$H${last}");
        file.Position = 0;
        using var book = new XLWorkbook(file);
        var sheet = book.Worksheet("话单 Calls");
        Assert.Equal("座席明细 Agent detail", sheet.Cell(1, 1).GetString());
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal("期间 Period: 2026-11-01 – 2026-11-30 · 队列 Queue: hotline", sheet.Cell(2, 1).GetString());
        Assert.Equal(Columns.Select(c => c.Header), Enumerable.Range(1, Columns.Count).Select(c => sheet.Cell(3, c).GetString()));
        var header = sheet.Cell(3, 5).Style;
        Assert.True(header.Font.Bold);
        Assert.Equal(XLColor.White, header.Font.FontColor);
        Assert.Equal(XLColor.FromHtml("#1F4E78"), header.Fill.BackgroundColor);
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.Equal($"A3:H{last}", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(totalsRow, sheet.LastRowUsed().RowNumber());
        // Widths measured on the header and the first rows: "座席0000 张三" is 13 wide (CJK counts two), plus 3.
        Assert.Equal(16, sheet.Column(1).Width, 0);
        Assert.Equal(ColumnWidthOf("日期 Day"), sheet.Column(4).Width, 0);

        foreach (var i in new[] { 0, Large / 2, Large - 1 }) AssertRow(sheet.Row(ReportWorkbook.FirstDataRow + i), Line.Of(i));

        var totals = sheet.Row(totalsRow);
        Assert.Equal("合计 Total", totals.Cell(1).GetString());
        Assert.All(Enumerable.Range(1, Columns.Count), c => Assert.True(totals.Cell(c).Style.Font.Bold, $"totals column {c} bold"));
        Assert.Equal(XLColor.FromHtml("#DDEBF7"), totals.Cell(3).Style.Fill.BackgroundColor); // an empty cell keeps the fill
        Assert.Equal(XLBorderStyleValues.Thin, totals.Cell(8).Style.Border.TopBorder);
        Assert.True(totals.Cell(3).IsEmpty());
        Assert.Equal(123_456, Seconds(totals.Cell(5)), 3);
        Assert.Equal(ReportWorkbook.DurationFormat, totals.Cell(5).Style.NumberFormat.Format);
        Assert.Equal(9_999, totals.Cell(6).GetDouble());
        Assert.Equal(ReportWorkbook.IntegerFormat, totals.Cell(6).Style.NumberFormat.Format);
        Assert.Equal(ReportWorkbook.PercentFormat, totals.Cell(7).Style.NumberFormat.Format);
    }

    [Fact]
    public async Task Small_and_large_sheets_of_the_same_rows_have_the_same_values_formats_types_styles_and_widths()
    {
        using var file = new MemoryStream();
        using (var workbook = new ReportWorkbook())
        {
            // Largest small sheet first, so the streamed sheet is the second one (its filter name is localSheetId 1).
            workbook.AddSheet("small", "座席明细 Agent detail", Month, Columns, Rows(ReportWorkbook.LargeSheetRows), Totals);
            workbook.AddSheet("large", "座席明细 Agent detail", Month, Columns, Rows(ReportWorkbook.LargeSheetRows + 1), Totals);
            await workbook.SaveAsync(file);
        }

        var lastSmall = ReportWorkbook.FirstDataRow + ReportWorkbook.LargeSheetRows - 1;
        Assert.False(SheetXml(file, "small").Contains("inlineStr", StringComparison.Ordinal)); // up to the threshold: all ClosedXML
        AssertStreamedAndValid(file, "large", $"large!$A$3:$H${lastSmall + 1}");
        file.Position = 0;
        using var book = new XLWorkbook(file);
        var (small, large) = (book.Worksheet("small"), book.Worksheet("large"));
        Assert.Equal($"A3:H{lastSmall}", small.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal($"A3:H{lastSmall + 1}", large.AutoFilter.Range.RangeAddress.ToString());
        for (var c = 1; c <= Columns.Count; c++)
        {
            Assert.Equal(small.Column(c).Width, large.Column(c).Width);
            foreach (var r in new[] { 1, 2, 3, ReportWorkbook.FirstDataRow, 1000, lastSmall })
                AssertSameCell(small.Cell(r, c), large.Cell(r, c));
            AssertSameCell(small.Cell(lastSmall + 1, c), large.Cell(lastSmall + 2, c)); // totals
        }
    }

    private static void AssertRow(IXLRow row, Line line)
    {
        Assert.Equal(line.Agent, row.Cell(1).GetString());
        Assert.Equal(XLDataType.Text, row.Cell(1).DataType);
        if (line.Note is null) Assert.True(row.Cell(2).IsEmpty());
        else
        {
            Assert.Equal(line.Note, row.Cell(2).GetString()); // "0755…" stays text with its leading zero
            Assert.Equal(XLDataType.Text, row.Cell(2).DataType);
        }
        Assert.Equal(line.At, row.Cell(3).GetDateTime());
        Assert.Equal(XLDataType.DateTime, row.Cell(3).DataType);
        Assert.Equal(ReportWorkbook.DateTimeFormat, row.Cell(3).Style.DateFormat.Format);
        Assert.Equal(line.Day!.Value.ToDateTime(TimeOnly.MinValue), row.Cell(4).GetDateTime());
        Assert.Equal(ReportWorkbook.DateFormat, row.Cell(4).Style.DateFormat.Format);
        Assert.Equal(line.TalkSeconds, Seconds(row.Cell(5)), 3);
        Assert.Equal(ReportWorkbook.DurationFormat, row.Cell(5).Style.NumberFormat.Format);
        Assert.Equal(line.Calls, row.Cell(6).GetDouble());
        Assert.Equal(XLDataType.Number, row.Cell(6).DataType);
        Assert.Equal(ReportWorkbook.IntegerFormat, row.Cell(6).Style.NumberFormat.Format);
        Assert.Equal(line.Share, row.Cell(7).GetDouble(), 12);
        Assert.Equal(ReportWorkbook.PercentFormat, row.Cell(7).Style.NumberFormat.Format);
        Assert.Equal(line.Score, row.Cell(8).GetDouble(), 12);
        Assert.Equal(ReportWorkbook.NumberFormat, row.Cell(8).Style.NumberFormat.Format);
        Assert.False(row.Cell(6).Style.Font.Bold);
    }

    private static void AssertSameCell(IXLCell small, IXLCell large)
    {
        var where = $"{small.Address} / {large.Address}";
        Assert.True(Equals(small.Value, large.Value), $"{where}: {small.Value} vs {large.Value}");
        Assert.True(small.DataType == large.DataType, $"{where}: {small.DataType} vs {large.DataType}");
        Assert.True(small.Style.NumberFormat.Format == large.Style.NumberFormat.Format, $"{where}: number format");
        Assert.True(small.Style.DateFormat.Format == large.Style.DateFormat.Format, $"{where}: date format");
        Assert.True(small.Style.Font.Bold == large.Style.Font.Bold, $"{where}: bold");
        Assert.True(small.Style.Fill.BackgroundColor == large.Style.Fill.BackgroundColor, $"{where}: fill");
        Assert.True(small.Style.Border.TopBorder == large.Style.Border.TopBorder, $"{where}: border");
    }

    /// <summary>The sheet was streamed (inline strings), the package is schema-valid, the hidden filter name spans the data.</summary>
    private static void AssertStreamedAndValid(MemoryStream file, string sheetName, string filterName)
    {
        Assert.Contains("t=\"inlineStr\"", SheetXml(file, sheetName), StringComparison.Ordinal);
        file.Position = 0;
        using var document = SpreadsheetDocument.Open(file, false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        Assert.Contains(filterName, document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>()
            .Where(n => n.Name == "_xlnm._FilterDatabase").Select(n => n.Text));
    }

    private static string SheetXml(MemoryStream file, string sheetName)
    {
        file.Position = 0;
        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        using var reader = new StreamReader(workbook.GetPartById(sheet.Id!).GetStream());
        return reader.ReadToEnd();
    }

    private IEnumerable<Line> Rows(int count)
    {
        _enumerations++;
        for (var i = 0; i < count; i++) yield return Line.Of(i);
    }

    private static double ColumnWidthOf(string text) => Math.Max(text.Sum(c => c > 0x2E80 ? 2 : 1), "yyyy-mm-dd".Length) + 3;

    // A duration cell holds a fraction of a day formatted [h]:mm:ss; ClosedXML reads such a cell back as a date.
    private static double Seconds(IXLCell cell) => cell.Value switch
    {
        DateTime d => d.ToOADate() * 86400,
        TimeSpan t => t.TotalSeconds,
        double x => x * 86400,
        var other => throw new InvalidOperationException($"{cell.Address} holds {other} ({other?.GetType()})"),
    };

    private sealed record Line(string Agent, string? Note, DateTime? At, DateOnly? Day, double TalkSeconds, int Calls, double Share, double Score)
    {
        /// <summary>Row <paramref name="i"/>: Chinese names, a note that is sometimes empty or a number with a leading zero.</summary>
        public static Line Of(int i) => new(
            $"座席{i % 10_000:0000} 张三", (i % 3) switch { 0 => null, 1 => $"0755{i:000000}", _ => $"回访 call back {i}" },
            Start.AddMinutes(i).AddSeconds(i % 60), DateOnly.FromDateTime(Start.AddMinutes(i)), i % 3_600 + 0.5, i, i % 101 / 100.0, i / 8.0);
    }
}
