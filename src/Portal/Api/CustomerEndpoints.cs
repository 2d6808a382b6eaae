using CallCenter.Portal.Security;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Customers.Excel;
using CallCenter.Engine.Options;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Api;

/// <summary>
/// Customers (客户): <c>GET /api/v1/customers?q=&amp;limit=&amp;offset=</c> (search by part of the name, part of a phone or
/// a member number; default 50, at most 500), <c>GET /api/v1/customers/{id}</c>, <c>GET /api/v1/customers/export</c>
/// (an .xlsx of every customer, <c>customers-yyyyMMdd.xlsx</c> in the center's date) and <c>POST /api/v1/customers/import</c>
/// (multipart field <c>file</c>; 200 <c>{imported, updated}</c>, 422 <c>{error: "InvalidRows", message, rows: [{row, column,
/// message}]}</c> with nothing imported, 400 for a file that is not a customer workbook). Search and read: any role; export: Supervisor, Manager,
/// Admin; import: Admin.
/// </summary>
public static class CustomerEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapCustomers(this IEndpointRouteBuilder routes)
    {
        // Agents look customers up; supervisors, managers and admins export; only admins import.
        var app = routes.MapGroup("").RequireAuthorization(PortalPolicies.Staff);
        var reports = routes.MapGroup("").RequireAuthorization(PortalPolicies.Reports);
        var admin = routes.MapGroup("").RequireAuthorization(PortalPolicies.Administration);
        app.MapGet("/api/v1/customers", async (IServiceProvider services, string? q, int? limit, int? offset, CancellationToken ct) =>
        {
            if (limit is < 1) return Results.BadRequest(new { error = "InvalidLimit", message = $"limit must be between 1 and {CustomerSearch.MaxLimit}" });
            if (offset is < 0) return Results.BadRequest(new { error = "InvalidOffset", message = "offset must be 0 or more" });
            var found = await Get<CustomerSearch>(services).SearchAsync(q, limit ?? CustomerSearch.DefaultLimit, offset ?? 0, ct);
            return Results.Json(found.Select(CustomerView.From).ToList());
        });
        app.MapGet("/api/v1/customers/{id:int}", async (IServiceProvider services, int id, CancellationToken ct) =>
            await Get<CustomerSearch>(services).FindAsync(id, ct) is { } customer
                ? Results.Json(CustomerView.From(customer))
                : Results.NotFound(new { error = "NotFound", message = $"no customer {id}" }));
        reports.MapGet("/api/v1/customers/export", async (IServiceProvider services, TimeProvider time, IOptions<EngineOptions> engine, CancellationToken ct) =>
        {
            var workbook = new MemoryStream();
            await Get<CustomerWorkbookExporter>(services).WriteAsync(workbook, ct);
            workbook.Position = 0;
            var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), engine.Value.ResolveTimeZone());
            return Results.File(workbook, XlsxContentType, $"customers-{today:yyyyMMdd}.xlsx");
        });
        admin.MapPost("/api/v1/customers/import", async (HttpRequest request, IServiceProvider services, CancellationToken ct) =>
        {
            // Read by hand: a request without the file (or with a broken form) gets a clear 400, not a binding failure.
            var file = await FileAsync(request, ct);
            if (file is null)
                return Results.BadRequest(new { error = "NoFile", message = "Upload the workbook as the multipart form field \"file\"." });
            await using var upload = file.OpenReadStream();
            var result = await Get<CustomerWorkbookImporter>(services).ImportAsync(upload, ct);
            if (result.FileError is not null) return Results.BadRequest(new { error = "NotAWorkbook", message = result.FileError });
            if (result.Errors.Count > 0)
                return Results.UnprocessableEntity(new
                {
                    error = "InvalidRows",
                    message = $"{result.Errors.Count} problem(s) in the workbook; nothing was imported",
                    rows = result.Errors.Select(e => new { row = e.Row, column = e.Column, message = e.Message }),
                });
            return Results.Json(new { imported = result.Imported, updated = result.Updated });
        });
    }

    private static async Task<IFormFile?> FileAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return null;
        try
        {
            return (await request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }

    // The customer services need nothing but what the Domain registers; made here until the Domain registers them itself.
    private static T Get<T>(IServiceProvider services) where T : notnull => ActivatorUtilities.GetServiceOrCreateInstance<T>(services);
}
