using System.Runtime.CompilerServices;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace CallCenter.Domain.Reports.Excel;

/// <summary>
/// The call detail (话单) as an .xlsx streamed with MiniExcel 1.46.0: rows go from the database reader to the output
/// stream one at a time (a million calls in well under the memory a ClosedXML sheet needs), header frozen, auto-filter,
/// fixed column widths (MiniExcel's auto-width would hold every row), local times and [h]:mm:ss durations.
/// </summary>
public sealed class CallDetailExport(CallDetailQuery query)
{
    public const string SheetName = "话单 Calls";

    /// <summary>Writes every call matching <paramref name="filter"/> to <paramref name="output"/>; returns how many.</summary>
    public async Task<long> WriteAsync(Stream output, CallDetailFilter filter, CancellationToken ct = default) =>
        await WriteAsync(output, query.StreamAsync(filter, ct), ct);

    /// <summary>Writes <paramref name="rows"/> as they come; returns how many.</summary>
    public static async Task<long> WriteAsync(Stream output, IAsyncEnumerable<CallDetailRow> rows, CancellationToken ct = default)
    {
        var counter = new long[1];
        var configuration = new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, EnableAutoWidth = false, FastMode = false };
        await MiniExcel.SaveAsAsync(output, Convert(rows, counter, ct), sheetName: SheetName, configuration: configuration, cancellationToken: ct);
        return counter[0];
    }

    private static async IAsyncEnumerable<CallDetailExportRow> Convert(IAsyncEnumerable<CallDetailRow> rows, long[] counter, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
        {
            counter[0]++;
            yield return CallDetailExportRow.From(row);
        }
    }
}
