using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Domain.Tests.TestSupport;

/// <summary>
/// A migrated database with the Domain services as the Portal registers them, on a
/// <see cref="FakeTimeProvider"/>: a fresh SQLite file, or a fresh database on the shared throw-away PostgreSQL server.
/// </summary>
public sealed class DomainDatabase : IAsyncDisposable
{
    /// <summary>Wednesday 2026-11-25 10:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly string? _folder;

    private DomainDatabase(ServiceProvider services, FakeTimeProvider time, string? folder)
    {
        Services = services;
        Time = time;
        _folder = folder;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public IDbContextFactory<CallCenterDbContext> Factory => Services.GetRequiredService<IDbContextFactory<CallCenterDbContext>>();
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static Task<DomainDatabase> SqliteAsync(Action<IServiceCollection>? configure = null, DateTimeOffset? now = null)
    {
        var folder = Directory.CreateTempSubdirectory("callcenter-domain-").FullName;
        return CreateAsync(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "cc.db")}" }, folder, configure, now);
    }

    public static async Task<DomainDatabase> PostgresAsync(PostgresServer server, Action<IServiceCollection>? configure = null) =>
        await CreateAsync(new DatabaseOptions
        {
            Provider = DatabaseProvider.PostgreSql,
            ConnectionString = await server.CreateDatabaseAsync("domain_" + Guid.NewGuid().ToString("N")[..20]),
        }, null, configure, null);

    private static async Task<DomainDatabase> CreateAsync(DatabaseOptions options, string? folder, Action<IServiceCollection>? configure, DateTimeOffset? now)
    {
        var time = new FakeTimeProvider(now ?? DefaultNow);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time);
        services.AddWorkflowEngine().AddCallCenterDatabase(options).AddCallCenterDomain();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return new DomainDatabase(provider, time, folder);
    }

    public async Task<CallCenterDbContext> ContextAsync() => await Factory.CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_folder is null) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
