using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Reports;

/// <summary>
/// The Excel downloads of the report pages: <c>GET /reports/{name}.xlsx?from=&amp;to=&amp;queue=…</c> (the page's filters, see
/// <see cref="ReportQueryString"/>) → a formatted workbook (<see cref="ReportWorkbook"/>, ClosedXML) for queue, traffic,
/// abandon, agents, hangup, ivr, extensions, comparison; <c>GET /reports/calls.xlsx?…</c> → the call detail streamed
/// row by row with <see cref="CallDetailExport"/> (MiniExcel) straight to the response. Policy Reports (Supervisor,
/// Manager, Admin); an unknown name is 404.
/// </summary>
public static class ReportDownloadEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The report names served as workbooks (besides <c>calls</c>).</summary>
    public static IReadOnlyList<string> Names => ReportSheets.Names;

    public static void MapReportDownloads(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/reports").RequireAuthorization(PortalPolicies.Reports);
        reports.MapGet("/calls.xlsx", async (HttpContext http, ReportSource source, CallDetailExport export, CancellationToken ct) =>
        {
            var filter = ReportQueryString.CallDetail(Reader(http), source.Today);
            http.Response.ContentType = ContentType;
            http.Response.Headers.ContentDisposition = Disposition("calls", filter.Report);
            // MiniExcel's zip archive writes its closing directory with a synchronous Write, which Kestrel refuses by
            // default; allowed for this response only. Rows still go from the database reader to the response as they
            // come: never the whole table in memory.
            if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
            await export.WriteAsync(http.Response.Body, filter, ct);
        });
        reports.MapGet("/{name}.xlsx", async (string name, HttpContext http, IServiceProvider services, ReportSource source, CancellationToken ct) =>
        {
            if (!Names.Contains(name)) return Results.NotFound();
            var filter = ReportQueryString.Filter(Reader(http), source.Today);
            using var book = new ReportWorkbook();
            await ReportSheets.AddAsync(book, name, filter, Reader(http), services, ct);
            http.Response.ContentType = ContentType;
            http.Response.Headers.ContentDisposition = Disposition(name, filter);
            await book.SaveAsync(http.Response.Body, ct);
            return Results.Empty;
        });
    }

    private static Func<string, string?> Reader(HttpContext http) => key => http.Request.Query.TryGetValue(key, out var v) ? v.ToString() : null;

    private static string Disposition(string name, ReportFilter filter) =>
        new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = $"{name}-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.xlsx" }.ToString();
}
