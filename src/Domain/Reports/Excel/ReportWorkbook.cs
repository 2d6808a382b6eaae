using System.Globalization;
using CallCenter.Domain.Customers.Excel;
using ClosedXML.Excel;

namespace CallCenter.Domain.Reports.Excel;

/// <summary>
/// A formatted report workbook (ClosedXML 0.95.4): per sheet a title row, a filter summary row, a styled header row
/// (frozen, with an auto-filter over the data), the rows with number / percent / [h]:mm:ss duration / date formats, and
/// a bold totals row. Column widths come from the header and the first <see cref="WidthSampleRows"/> rows (CJK counts
/// two; never <c>AdjustToContents</c>, which costs minutes and needs fonts).
/// <para>
/// ClosedXML authors every sheet's look, but a sheet of more than <see cref="LargeSheetRows"/> data rows never enters
/// its cell model (100 k rows cost it ~15 s and 1.2 GB): the rows are enumerated once into a <see cref="SheetBody"/>
/// (a temp file of converted values), ClosedXML writes the sheet with only the first data row as a placeholder (so its
/// cells get their styles) and the totals row under it, and <see cref="SaveAsync"/> copies the saved package to the
/// output through <see cref="WorkbookPackageSplicer"/>, which streams the real rows in with the placeholder's cell styles
/// (<see cref="LargeSheetWriter"/>: numbers and dates as numbers, texts as inline strings), moves the totals row below
/// them and stretches the dimension and auto-filter to the real range. The call detail of a whole year still goes through
/// <see cref="CallDetailExport"/>.
/// </para>
/// </summary>
public sealed class ReportWorkbook : IDisposable
{
    public const int WidthSampleRows = 1000;

    /// <summary>Sheets with more data rows than this are streamed (see the type's summary); smaller ones are all ClosedXML.</summary>
    public const int LargeSheetRows = 5000;
    public const string DateTimeFormat = "yyyy-mm-dd hh:mm:ss";
    public const string DateFormat = "yyyy-mm-dd";
    public const string DurationFormat = "[h]:mm:ss";
    public const string IntegerFormat = "#,##0";
    public const string NumberFormat = "#,##0.00";
    public const string PercentFormat = "0.0%";

    /// <summary>Row numbers (1-based) of the fixed parts of every sheet.</summary>
    public const int TitleRow = 1, FilterRow = 2, HeaderRow = 3, FirstDataRow = 4;

    // Event tracking (ClosedXML 0.95 keeps ranges in sync as rows/columns are inserted) is not needed for a sheet written
    // top to bottom, and turning it off saves much of the time and memory of large sheets.
    private readonly XLWorkbook _book = new(XLEventTracking.Disabled);
    private readonly Dictionary<string, SheetBody> _bodies = new(StringComparer.Ordinal);

    /// <summary>Adds a sheet; returns the row number of its totals row (or of the last data row when there is no totals row).</summary>
    public int AddSheet<TRow>(string sheetName, string title, ReportFilter filter, IReadOnlyList<ReportColumn<TRow>> columns, IEnumerable<TRow> rows, TRow? totals, CancellationToken ct = default)
        where TRow : class
    {
        var sheet = _book.Worksheets.Add(sheetName);
        var widths = new ColumnWidthMeter(columns.Count);
        sheet.Cell(TitleRow, 1).SetValue(title);
        sheet.Cell(TitleRow, 1).Style.Font.Bold = true;
        sheet.Cell(TitleRow, 1).Style.Font.FontSize = 14;
        sheet.Cell(FilterRow, 1).SetValue(Summary(filter));
        sheet.Cell(FilterRow, 1).Style.Font.FontColor = XLColor.DimGray;
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(HeaderRow, c + 1).SetValue(columns[c].Header);
            widths.Measure(c, columns[c].Header);
        }
        var header = sheet.Range(HeaderRow, 1, HeaderRow, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Font.FontColor = XLColor.White;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#1F4E78");
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.WrapText = false;

        // Rows are read once (they may come straight from a database reader): up to one more than a small sheet holds.
        using var source = rows.GetEnumerator();
        var head = new List<TRow>();
        while (head.Count <= LargeSheetRows && source.MoveNext())
        {
            head.Add(source.Current);
            if ((head.Count & 1023) == 0) ct.ThrowIfCancellationRequested();
        }
        int lastData, realLastData;
        if (head.Count <= LargeSheetRows)
        {
            var r = FirstDataRow;
            foreach (var row in head)
            {
                Write(sheet, r, columns, row, r < FirstDataRow + WidthSampleRows ? widths : null);
                r++;
            }
            lastData = realLastData = r - 1;
        }
        else
        {
            var body = Buffer(columns, head, source, widths, ct);
            _bodies.Add(sheetName, body);
            // The placeholder: the first data row, whose cells give the streamed rows their style indices.
            Write(sheet, FirstDataRow, columns, head[0], null);
            lastData = FirstDataRow;
            realLastData = FirstDataRow + body.Rows - 1;
        }
        // Number formats per column range rather than per cell: one style entry, far less work and memory.
        for (var c = 0; c < columns.Count; c++)
        {
            if (lastData >= FirstDataRow) Format(sheet.Range(FirstDataRow, c + 1, lastData + (totals is null ? 0 : 1), c + 1), columns[c].Format);
            else if (totals is not null) Format(sheet.Range(FirstDataRow, c + 1, FirstDataRow, c + 1), columns[c].Format);
        }
        sheet.Range(HeaderRow, 1, Math.Max(lastData, HeaderRow), columns.Count).SetAutoFilter();
        var totalsRow = lastData;
        if (totals is not null)
        {
            totalsRow = lastData + 1;
            Write(sheet, totalsRow, columns, totals, widths);
            var range = sheet.Range(totalsRow, 1, totalsRow, columns.Count);
            range.Style.Font.Bold = true;
            range.Style.Border.TopBorder = XLBorderStyleValues.Thin;
            range.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        }
        sheet.SheetView.FreezeRows(HeaderRow);
        for (var c = 0; c < columns.Count; c++) sheet.Column(c + 1).Width = widths.WidthOf(c);
        return totals is null ? realLastData : realLastData + 1;
    }

    /// <summary>
    /// Saves the workbook (built by ClosedXML, large sheets' rows streamed in through a temp file) and copies it to
    /// <paramref name="output"/> asynchronously.
    /// </summary>
    public async Task SaveAsync(Stream output, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        _book.SaveAs(buffer);
        if (_bodies.Count == 0)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(output, ct);
            return;
        }
        var path = Path.Combine(Path.GetTempPath(), $"callcenter-report-{Guid.NewGuid():N}.xlsx");
        await using var spliced = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        WorkbookPackageSplicer.Splice(buffer, spliced, _bodies, ct);
        spliced.Position = 0;
        await spliced.CopyToAsync(output, ct);
    }

    public void Dispose()
    {
        _book.Dispose();
        foreach (var body in _bodies.Values) body.Dispose();
    }

    /// <summary>"期间 Period: 2026-11-01 – 2026-11-30 · 队列 Queue: hotline …" — only the fields set.</summary>
    public static string Summary(ReportFilter filter)
    {
        var parts = new List<string> { $"期间 Period: {filter.From:yyyy-MM-dd} – {filter.To:yyyy-MM-dd}" };
        if (filter.Queue is not null) parts.Add($"队列 Queue: {filter.Queue}");
        if (filter.Agent is not null) parts.Add($"座席 Agent: {filter.Agent}");
        if (filter.Group is not null) parts.Add($"班组 Group: {filter.Group}");
        if (filter.Number is not null) parts.Add($"号码 Number: {filter.Number}");
        if (filter.Flow is not null) parts.Add($"流程 Flow: {filter.Flow}");
        return string.Join(" · ", parts);
    }

    private static SheetBody Buffer<TRow>(IReadOnlyList<ReportColumn<TRow>> columns, List<TRow> head, IEnumerator<TRow> rest, ColumnWidthMeter widths, CancellationToken ct)
    {
        var body = new SheetBody(columns.Count);
        var cells = new ReportCellValue[columns.Count];
        try
        {
            foreach (var row in head) Add(row);
            while (rest.MoveNext()) Add(rest.Current);
            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }

        void Add(TRow row)
        {
            var measure = body.Rows < WidthSampleRows;
            for (var c = 0; c < cells.Length; c++)
            {
                var value = columns[c].Value(row);
                cells[c] = ReportCellValue.From(columns[c].Format, value);
                if (measure) widths.Measure(c, ReportCellValue.WidthText(columns[c].Format, value));
            }
            body.Append(cells);
            if ((body.Rows & 1023) == 0) ct.ThrowIfCancellationRequested();
        }
    }

    private static void Write<TRow>(IXLWorksheet sheet, int r, IReadOnlyList<ReportColumn<TRow>> columns, TRow row, ColumnWidthMeter? widths)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var value = columns[c].Value(row);
            if (value is null) continue;
            var cell = sheet.Cell(r, c + 1);
            switch (columns[c].Format)
            {
                case ReportCellFormat.Text:
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                    cell.SetValue(text);
                    cell.DataType = XLDataType.Text;
                    widths?.Measure(c, text);
                    break;
                case ReportCellFormat.Duration:
                    var seconds = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    cell.SetValue(seconds / 86400);
                    widths?.Measure(c, TimeSpan.FromSeconds(Math.Round(seconds)).ToString("c", CultureInfo.InvariantCulture));
                    break;
                case ReportCellFormat.DateTime or ReportCellFormat.Date:
                    var at = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : (DateTime)value;
                    cell.SetValue(at);
                    widths?.Measure(c, columns[c].Format == ReportCellFormat.Date ? DateFormat : DateTimeFormat);
                    break;
                default:
                    var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    cell.SetValue(number);
                    widths?.Measure(c, number.ToString(columns[c].Format == ReportCellFormat.Integer ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture));
                    break;
            }
        }
    }

    private static void Format(IXLRange range, ReportCellFormat format)
    {
        switch (format)
        {
            case ReportCellFormat.Integer: range.Style.NumberFormat.Format = IntegerFormat; break;
            case ReportCellFormat.Number: range.Style.NumberFormat.Format = NumberFormat; break;
            case ReportCellFormat.Percent: range.Style.NumberFormat.Format = PercentFormat; break;
            case ReportCellFormat.Duration: range.Style.NumberFormat.Format = DurationFormat; break;
            case ReportCellFormat.DateTime: range.Style.DateFormat.Format = DateTimeFormat; break;
            case ReportCellFormat.Date: range.Style.DateFormat.Format = DateFormat; break;
        }
    }
}
