using System.Text.Json;
using System.Text.Json.Nodes;

namespace CallCenter.Portal.Settings;

/// <summary>
/// The settings an administrator changes in the portal (/admin/settings), kept in <c>data/settings.json</c> (relative
/// to the working directory; <c>RuntimeSettings:Path</c> moves it). The file is an ordinary configuration source
/// (loaded after appsettings.json, before environment variables and the command line, with reloadOnChange), so options
/// read through <c>IOptionsMonitor</c> see a change without a restart. Writes are atomic: a temporary file beside it, then a move.
/// </summary>
public sealed class RuntimeSettings(IConfiguration configuration)
{
    /// <summary>Where the file is unless <c>RuntimeSettings:Path</c> says otherwise.</summary>
    public const string DefaultPath = "data/settings.json";

    // One writer at a time in this process: read-modify-write must not lose another page's change.
    private static readonly SemaphoreSlim Writing = new(1, 1);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The full path of the settings file.</summary>
    public string FilePath { get; } = PathOf(configuration);

    /// <summary>The full path of the settings file named by <paramref name="configuration"/>.</summary>
    public static string PathOf(IConfiguration configuration) => Path.GetFullPath(configuration["RuntimeSettings:Path"] ?? DefaultPath);

    /// <summary>The file's content as a JSON object (empty when there is no file yet).</summary>
    public async Task<JsonObject> ReadAsync(CancellationToken ct = default)
    {
        if (!File.Exists(FilePath)) return [];
        await using var stream = File.OpenRead(FilePath);
        return await JsonNode.ParseAsync(stream, cancellationToken: ct) as JsonObject ?? [];
    }

    /// <summary>Applies <paramref name="change"/> to the stored settings and writes them back atomically.</summary>
    public async Task UpdateAsync(Action<JsonObject> change, CancellationToken ct = default)
    {
        await Writing.WaitAsync(ct);
        try
        {
            var root = await ReadAsync(ct);
            change(root);
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var temporary = $"{FilePath}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temporary, root.ToJsonString(Indented), ct);
            File.Move(temporary, FilePath, overwrite: true);
        }
        finally
        {
            Writing.Release();
        }
    }

    /// <summary>The object at <paramref name="path"/> (section names), created when missing.</summary>
    public static JsonObject Section(JsonObject root, params string[] path)
    {
        var node = root;
        foreach (var name in path)
        {
            if (node[name] is not JsonObject child)
            {
                child = [];
                node[name] = child;
            }
            node = child;
        }
        return node;
    }
}
