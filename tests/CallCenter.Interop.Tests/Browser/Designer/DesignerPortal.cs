using CallCenter.Engine.Models;
using CallCenter.Engine.Serialization;
using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CallCenter.Interop.Tests.Browser.Designer;

/// <summary>
/// One real Portal (demo data: the shipped flows, the 12345 route; a fresh SQLite database in its own folder) for the
/// designer page tests, and the read-back of what the designer stored (the Engine's wf_definitions table).
/// </summary>
public sealed class DesignerPortal(params string[] settings) : IAsyncLifetime
{
    public const string AdminPassword = "Designer-pages-2026";
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-designer-").FullName;

    public PortalProcess Portal { get; private set; } = null!;

    public string Folder => _folder;

    public async Task InitializeAsync() =>
        Portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), [$"Portal:AdminPassword={AdminPassword}", .. settings]);

    /// <summary>A new browser profile signed in as admin on <paramref name="path"/>, the page live.</summary>
    public async Task<IPage> SignInAsAdminAsync(HeadlessChromium chromium, string path = "/designer", string locale = "zh-CN")
    {
        var page = await chromium.NewPageAsync(Portal.Address, locale);
        await PortalPages.SignInAsync(page, "admin", AdminPassword, path);
        return page;
    }

    /// <summary>Every stored version of a flow, as the Engine stored it (version, published, definition).</summary>
    public async Task<List<(int Version, bool Published, WorkflowDefinition Definition)>> VersionsAsync(string id)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        var query = db.CreateCommand();
        query.CommandText = "SELECT Version, IsPublished, Json FROM wf_definitions WHERE DefinitionId = $id ORDER BY Version";
        query.Parameters.AddWithValue("$id", id);
        var versions = new List<(int, bool, WorkflowDefinition)>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            versions.Add((reader.GetInt32(0), reader.GetBoolean(1), WorkflowJson.Parse(reader.GetString(2)).Definition!));
        return versions;
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
