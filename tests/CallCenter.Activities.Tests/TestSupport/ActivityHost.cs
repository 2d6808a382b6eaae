using CallCenter.Activities.Extensions;
using CallCenter.Domain.Data;
using CallCenter.Domain.Seeding;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Activities.Tests.TestSupport;

/// <summary>
/// The in-memory workflow engine (center zone Asia/Shanghai, a <see cref="FakeTimeProvider"/>) with the
/// contact-center activities registered as the Portal does, and their Domain services on a real,
/// migrated SQLite file holding the IVR demo data.
/// </summary>
public sealed class ActivityHost : IAsyncDisposable
{
    /// <summary>Wednesday 2026-11-25 10:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private readonly string _folder;

    private ActivityHost(ServiceProvider services, FakeTimeProvider time, string folder)
    {
        Services = services;
        Time = time;
        _folder = folder;
    }

    public ServiceProvider Services { get; }
    /// <summary>The test's own folder (the SQLite file; recordings when a test puts them here). Deleted on dispose.</summary>
    public string Folder => _folder;
    public FakeTimeProvider Time { get; }
    public IWorkflowRuntime Runtime => Services.GetRequiredService<IWorkflowRuntime>();
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<ActivityHost> StartAsync(Action<IServiceCollection>? configure = null, bool seed = true, DateTimeOffset? now = null)
    {
        var folder = Directory.CreateTempSubdirectory("callcenter-activities-").FullName;
        var time = new FakeTimeProvider(now ?? DefaultNow);
        var database = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "cc.db")}" };
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time);
        services.AddWorkflowEngine(o => o.TimeZone = "Asia/Shanghai");
        // Engine state stays in memory; only the Domain data the activities read and write is on SQLite.
        services.AddPooledDbContextFactory<CallCenterDbContext>(b => DbContextOptionsConfigurator.Configure(b, database));
        services.AddCallCenterActivities();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await using (var db = await provider.GetRequiredService<IDbContextFactory<CallCenterDbContext>>().CreateDbContextAsync())
            await db.Database.MigrateAsync();
        if (seed) await provider.GetRequiredService<DemoIvrSeeder>().SeedAsync();
        return new ActivityHost(provider, time, folder);
    }

    public async Task<CallCenterDbContext> DbAsync() => await Get<IDbContextFactory<CallCenterDbContext>>().CreateDbContextAsync();

    public async Task PublishAsync(WorkflowDefinition definition)
    {
        var result = await Get<WorkflowDefinitionService>().PublishAsync(definition);
        Assert.True(result.Success, $"publish failed: {result}");
    }

    /// <summary>Starts the flow with the given variables and returns the instance as it ended (or suspended).</summary>
    public async Task<RunResult> RunAsync(string definitionId, Dictionary<string, object?>? variables = null)
    {
        var result = await Runtime.StartAsync(definitionId, new StartOptions(Variables: variables));
        Assert.Equal(RunOutcome.Started, result.Outcome);
        return result;
    }

    /// <summary>(activity id, outcome) of every step, in order.</summary>
    public async Task<(string Activity, string? Outcome)[]> PathAsync(string instanceId) =>
        [.. (await Get<IInstanceStore>().GetJournalAsync(instanceId)).Select(j => (j.ActivityId, j.Outcome))];

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
