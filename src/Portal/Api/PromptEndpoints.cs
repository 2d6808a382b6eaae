using CallCenter.Activities.Prompts;
using CallCenter.Domain.Prompts;
using CallCenter.Portal.Security;

namespace CallCenter.Portal.Api;

/// <summary>
/// The prompt library over HTTP: list, upload (multipart: <c>file</c>, <c>name</c>, optional <c>language</c>,
/// <c>description</c>, <c>replace=true</c>) and delete. (Role-based authorisation comes with the portal issue.)
/// </summary>
public static class PromptEndpoints
{
    public static void MapPrompts(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("").RequireAuthorization(PortalPolicies.Staff);
        var admin = app.MapGroup("").RequireAuthorization(PortalPolicies.Administration);
        staff.MapGet("/api/v1/prompts", async (PromptLibrary library, CancellationToken ct) =>
            Results.Json((await library.ListAsync(ct)).Select(ToJson)));

        staff.MapGet("/api/v1/prompts/{name}", async (string name, PromptLibrary library, CancellationToken ct) =>
            await library.FindAsync(name, ct) is { } prompt ? Results.Json(ToJson(prompt)) : Results.NotFound());

        // The form is read by hand (no IFormFile binding), so the request streams into the library as it arrives.
        admin.MapPost("/api/v1/prompts", async (HttpRequest request, PromptLibrary library, CancellationToken ct) =>
        {
            if (!request.HasFormContentType) return Problem(StatusCodes.Status415UnsupportedMediaType, "NotMultipart", "Send multipart/form-data with a 'file' field.");
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file) return Problem(StatusCodes.Status400BadRequest, "NoFile", "The form has no 'file' field.");
            var upload = new PromptUpload(
                form["name"].FirstOrDefault() ?? Path.GetFileNameWithoutExtension(file.FileName),
                form["language"].FirstOrDefault() ?? "zh-CN",
                form["description"].FirstOrDefault(),
                file.FileName,
                bool.TryParse(form["replace"].FirstOrDefault(), out var replace) && replace);
            await using var content = file.OpenReadStream();
            var result = await library.UploadAsync(upload, content, ct);
            if (result.Prompt is { } prompt) return Results.Created($"/api/v1/prompts/{Uri.EscapeDataString(prompt.Name)}", ToJson(prompt));
            var status = result.Error switch
            {
                PromptUploadError.AlreadyExists => StatusCodes.Status409Conflict,
                PromptUploadError.TooLarge => StatusCodes.Status413PayloadTooLarge,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            return Problem(status, result.Error.ToString(), result.Message);
        });

        admin.MapDelete("/api/v1/prompts/{name}", async (string name, PromptLibrary library, CancellationToken ct) =>
            await library.DeleteAsync(name, ct) ? Results.NoContent() : Results.NotFound());
    }

    private static object ToJson(Prompt p) => new
    {
        name = p.Name,
        language = p.Language,
        description = p.Description,
        durationMs = p.DurationMs,
        file = p.FilePath,
        originalFileName = p.OriginalFileName,
        createdAt = p.CreatedAt,
        updatedAt = p.UpdatedAt,
    };

    private static IResult Problem(int status, string error, string message) => Results.Json(new { error, message }, statusCode: status);
}
