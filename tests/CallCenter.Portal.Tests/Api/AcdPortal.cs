using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Portal.Tests.Api;

/// <summary>One real portal process (fresh working directory, demo data seeded) shared by the tests of one ACD API class.</summary>
public sealed class AcdPortal : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("callcenter-portal-acd-").FullName;
    public PortalProcess Portal { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Portal = await PortalProcess.StartAsync(Folder, TimeSpan.FromSeconds(90), "DemoData:ExtensionPassword=secret-demo");
        Http = Portal.CreateClient();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The portal's own SQLite file, for rows the API only reads (written by the ACD in production).</summary>
    public CallCenterDbContext Db()
    {
        var builder = new DbContextOptionsBuilder<CallCenterDbContext>();
        DbContextOptionsConfigurator.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(Folder, "data", "callcenter.db")};Pooling=False" });
        return new CallCenterDbContext(builder.Options);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
