using CallCenter.Activities.Prompts;
using CallCenter.Portal.Security;
using CallCenter.Portal.Settings;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Components.Admin;

/// <summary>
/// What the customers page and the administration pages for prompts, calendars, routes, lists and settings need beyond
/// their components: the runtime settings file (<see cref="RuntimeSettings"/>) as a configuration source, and the audio
/// the prompt page plays in the browser — <c>GET /admin/audio/prompts/{name}</c> (a stored prompt) and
/// <c>GET /admin/audio/tts?voice=cmn&amp;text=…</c> (a spoken preview), both 8 kHz mono WAV, for administrators.
/// </summary>
public static class AdminPages2
{
    /// <summary>Longest text the preview speaks.</summary>
    public const int MaxPreviewChars = 500;

    /// <summary>The address of <paramref name="text"/> spoken with <paramref name="voice"/> (the TTS preview endpoint).</summary>
    public static string SpeechUrl(string text, string voice) =>
        $"/admin/audio/tts?voice={Uri.EscapeDataString(voice)}&text={Uri.EscapeDataString(text)}";

    /// <summary>Adds data/settings.json to the configuration and maps the audio endpoints.</summary>
    public static void Map(WebApplication app)
    {
        AddSettingsSource((IConfigurationBuilder)app.Configuration, app.Configuration);
        var admin = app.MapGroup("/admin/audio").RequireAuthorization(PortalPolicies.Administration);
        admin.MapGet("/prompts/{name}", async (string name, PromptLibrary library, IOptions<PromptStorageOptions> options, CancellationToken ct) =>
        {
            if (await library.FindAsync(name, ct) is not { } prompt) return Results.NotFound();
            var path = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, prompt.FilePath));
            return File.Exists(path) ? Results.File(path, "audio/wav") : Results.NotFound();
        });
        admin.MapGet("/tts", async (string? text, string? voice, TtsCache tts, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxPreviewChars)
                return Results.BadRequest(new { error = "InvalidText", message = $"Give 1 to {MaxPreviewChars} characters of text." });
            try
            {
                var audio = await tts.SpeakAsync(text, string.IsNullOrWhiteSpace(voice) ? "cmn" : voice, ct);
                return Results.File(PromptWav.From(audio), "audio/wav");
            }
            catch (SpeechSynthesisException e)
            {
                return Results.Json(new { error = "SpeechFailed", message = e.Message }, statusCode: StatusCodes.Status422UnprocessableEntity);
            }
        });
    }

    // After appsettings*.json, before environment variables and the command line: what the operator saved overrides the
    // shipped defaults, while a deployment's explicit --Key=value still wins.
    private static void AddSettingsSource(IConfigurationBuilder builder, IConfiguration configuration)
    {
        var path = RuntimeSettings.PathOf(configuration);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var source = new JsonConfigurationSource { Path = Path.GetFileName(path), Optional = true, ReloadOnChange = true, ReloadDelay = 100 };
        source.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(Path.GetDirectoryName(path)!);
        var sources = builder.Sources;
        var lastJson = -1;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource) lastJson = i;
        }
        sources.Insert(lastJson + 1, source);
    }
}
