using CallCenter.Domain.Data;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Domain.Extensions;

/// <summary>Registers the database and puts the engine's stores on it.</summary>
public static class DatabaseServiceCollectionExtensions
{
    public static IServiceCollection AddCallCenterDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddPooledDbContextFactory<CallCenterDbContext>(b => DbContextOptionsConfigurator.Configure(b, options));
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IDefinitionStore, EfDefinitionStore<CallCenterDbContext>>());
        services.Replace(ServiceDescriptor.Singleton<IInstanceStore, EfInstanceStore<CallCenterDbContext>>());
        services.TryAddSingleton<DatabaseInitializer>();
        return services;
    }
}
