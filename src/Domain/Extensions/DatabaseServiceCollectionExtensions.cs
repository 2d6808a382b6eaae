using CallCenter.Domain.Data;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Options;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CallCenter.Domain.Extensions;

/// <summary>Registers the database and puts the engine's stores and durable timers on it.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// The DbContext (pooled factory) on the configured provider, the engine's EF stores, and Quartz
    /// timers in the same database (its qrtz_* tables are created on first start).
    /// Call after <c>AddWorkflowEngine()</c>.
    /// </summary>
    public static IServiceCollection AddCallCenterDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        if (options.ClusteredTimers && options.Provider == DatabaseProvider.Sqlite)
            throw new InvalidOperationException("Clustered timers need PostgreSQL or SQL Server: Quartz refuses clustering on SQLite.");
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddPooledDbContextFactory<CallCenterDbContext>(b => DbContextOptionsConfigurator.Configure(b, options));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new WriteGate(serializeWrites: options.Provider == DatabaseProvider.Sqlite));
        // Several nodes may resume the same instance: always run from the stored state there.
        if (options.ClusteredTimers) services.PostConfigure<EngineOptions>(o => o.HotInstanceCapacity = 0);
        services.Replace(ServiceDescriptor.Singleton<IDefinitionStore, EfDefinitionStore<CallCenterDbContext>>());
        services.Replace(ServiceDescriptor.Singleton<IInstanceStore, EfInstanceStore<CallCenterDbContext>>());
        services.TryAddSingleton<DatabaseInitializer>();
        services.AddOptions<Seeding.DemoDataOptions>();
        services.TryAddSingleton<Seeding.DemoExtensionSeeder>();
        services.AddQuartzTimers(q => q.UsePersistentStore(store =>
        {
            switch (options.Provider)
            {
                case DatabaseProvider.PostgreSql: store.UsePostgres(options.ConnectionString); break;
                case DatabaseProvider.SqlServer: store.UseSqlServer(options.ConnectionString); break;
                default: store.UseSqlite(options.ConnectionString); break;
            }
            store.ProvisionSchema();
            if (options.ClusteredTimers) store.UseClustering(_ => { });
        }));
        return services;
    }
}
