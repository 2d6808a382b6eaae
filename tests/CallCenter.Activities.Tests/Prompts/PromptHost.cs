using CallCenter.Activities.Extensions;
using CallCenter.Activities.Prompts;
using CallCenter.Domain.Data;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Activities.Tests.Prompts;

/// <summary>
/// The engine with the contact-center activities as the Portal registers them, the prompt library on a real
/// migrated database (a fresh SQLite file, or a fresh database on the throw-away PostgreSQL server) and a
/// fresh data folder of its own.
/// </summary>
public sealed class PromptHost : IAsyncDisposable
{
    private PromptHost(ServiceProvider services, string dataDirectory)
    {
        Services = services;
        DataDirectory = dataDirectory;
    }

    public ServiceProvider Services { get; }
    public string DataDirectory { get; }
    public PromptLibrary Library => Get<PromptLibrary>();
    public WorkflowDefinitionService Definitions => Get<WorkflowDefinitionService>();
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static Task<PromptHost> SqliteAsync(Action<IServiceCollection>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("callcenter-prompts-").FullName;
        return StartAsync(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "cc.db")}" }, folder, configure);
    }

    public static async Task<PromptHost> PostgresAsync(PostgresServer server)
    {
        var folder = Directory.CreateTempSubdirectory("callcenter-prompts-").FullName;
        var connection = await server.CreateDatabaseAsync("prompts_" + Guid.NewGuid().ToString("N")[..20]);
        return await StartAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }, folder, null);
    }

    private static async Task<PromptHost> StartAsync(DatabaseOptions database, string folder, Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero)));
        services.AddWorkflowEngine(o => o.TimeZone = "Asia/Shanghai");
        services.AddPooledDbContextFactory<CallCenterDbContext>(b => DbContextOptionsConfigurator.Configure(b, database));
        services.AddCallCenterActivities();
        services.Configure<PromptStorageOptions>(o => o.DataDirectory = Path.Combine(folder, "data"));
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await using (var db = await provider.GetRequiredService<IDbContextFactory<CallCenterDbContext>>().CreateDbContextAsync())
            await db.Database.MigrateAsync();
        return new PromptHost(provider, Path.Combine(folder, "data"));
    }

    public async Task<PromptUploadResult> UploadAsync(string name, byte[] content, bool replace = false, string fileName = "upload.wav") =>
        await Library.UploadAsync(new PromptUpload(name, "zh-CN", "test prompt", fileName, replace), new MemoryStream(content));

    /// <summary>The files under data/prompts/.</summary>
    public string[] StoredFiles()
    {
        var dir = Path.Combine(DataDirectory, "prompts");
        return Directory.Exists(dir) ? [.. Directory.GetFiles(dir).Select(Path.GetFileName).Order()!] : [];
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(DataDirectory)!, recursive: true);
    }
}
