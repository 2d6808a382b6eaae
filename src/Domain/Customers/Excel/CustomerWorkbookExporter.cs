using CallCenter.Domain.Data;
using CallCenter.Engine.Options;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CallCenter.Domain.Customers.Excel;

/// <summary>
/// Writes every customer into one sheet (客户): a frozen header row (<see cref="CustomerSheetHeaders"/>), then per customer
/// name, phones (comma-separated), VIP (是/否), member number, last contact, created (Excel dates in the center's time
/// zone, <c>Engine:TimeZone</c>), and one column per custom-field key found in the data, in key order. Numbers are
/// written as text so leading zeros survive. PIN hashes, phone labels and the last agent are not exported. Column widths
/// come from the header and the first <see cref="WidthSampleRows"/> rows only (<see cref="ColumnWidthMeter"/>; measuring
/// every row costs minutes on large sheets).
/// </summary>
public sealed class CustomerWorkbookExporter(IDbContextFactory<CallCenterDbContext> factory, IOptions<EngineOptions> engine)
{
    public const string SheetName = "客户 Customers";
    public const string DateFormat = "yyyy-mm-dd hh:mm:ss";
    public const int WidthSampleRows = 1000;

    /// <summary>Writes the workbook to <paramref name="output"/> and returns how many customers it holds.</summary>
    public async Task<int> WriteAsync(Stream output, CancellationToken ct = default)
    {
        List<Customer> customers;
        await using (var db = await factory.CreateDbContextAsync(ct))
            customers = await db.Customers.AsNoTracking().Include(c => c.Phones.OrderBy(p => p.Id)).AsSplitQuery().OrderBy(c => c.Id).ToListAsync(ct);
        var zone = engine.Value.ResolveTimeZone();
        var fieldKeys = customers.SelectMany(c => c.CustomFields.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var columnCount = CustomerSheetHeaders.FixedColumns.Count + fieldKeys.Count;
        var widths = new ColumnWidthMeter(columnCount);
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(SheetName);
        WriteHeader(sheet, fieldKeys, widths);
        var r = 2;
        foreach (var customer in customers)
        {
            WriteRow(sheet.Row(r), customer, fieldKeys, zone, r <= WidthSampleRows + 1 ? widths : null);
            r++;
            ct.ThrowIfCancellationRequested();
        }
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(r - 1, 1), columnCount).SetAutoFilter();
        for (var c = 0; c < columnCount; c++) sheet.Column(c + 1).Width = widths.WidthOf(c);
        // ClosedXML saves synchronously: into memory, then to the (possibly network) stream without blocking a thread on I/O.
        using var buffer = new MemoryStream();
        book.SaveAs(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        return customers.Count;
    }

    private static void WriteHeader(IXLWorksheet sheet, List<string> fieldKeys, ColumnWidthMeter widths)
    {
        var headers = CustomerSheetHeaders.FixedColumns.Select(CustomerSheetHeaders.HeaderOf).Concat(fieldKeys.Select(CustomerSheetHeaders.HeaderOfField)).ToList();
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            widths.Measure(c, headers[c]);
        }
        var header = sheet.Row(1);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.LightGray;
    }

    private static void WriteRow(IXLRow row, Customer customer, List<string> fieldKeys, TimeZoneInfo zone, ColumnWidthMeter? widths)
    {
        string?[] values =
        [
            customer.Name, string.Join(", ", customer.Phones.Select(p => p.Number)), customer.IsVip ? "是" : "否", customer.MemberNumber,
            null, null, .. fieldKeys.Select(key => customer.CustomFields.GetValueOrDefault(key)),
        ];
        for (var c = 0; c < values.Length; c++)
        {
            Text(row.Cell(c + 1), values[c]);
            widths?.Measure(c, values[c]);
        }
        Date(row.Cell(5), customer.LastContactAt, zone);
        Date(row.Cell(6), customer.CreatedAt, zone);
        widths?.Measure(4, DateFormat);
        widths?.Measure(5, DateFormat);
    }

    // Text cells stay text: "075512345678" must not become the number 75512345678.
    private static void Text(IXLCell cell, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    private static void Date(IXLCell cell, DateTime? utc, TimeZoneInfo zone)
    {
        if (utc is null) return;
        cell.SetValue(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), zone));
        cell.Style.DateFormat.Format = DateFormat;
    }
}
