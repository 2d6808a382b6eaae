using CallCenter.Domain.Customers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Portal.Cti;

/// <summary>Registers the CTI layer: SignalR, <see cref="ScreenPopBuilder"/>, <see cref="CtiEvents"/> and the <see cref="CtiRelay"/> hosted service.</summary>
public static class CtiServiceCollectionExtensions
{
    public static IServiceCollection AddCti(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(CtiEvents))) return services;
        services.AddSignalR();
        services.TryAddSingleton<CustomerHistory>();
        services.AddSingleton<ScreenPopBuilder>();
        services.AddSingleton<CtiEvents>();
        services.AddSingleton<CtiRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<CtiRelay>());
        return services;
    }
}
