using CallCenter.Domain.Extensions;
using CallCenter.Domain.Webhooks;

namespace CallCenter.Portal.Webhooks;

/// <summary>Registers outbound webhooks: the Domain's store, sender and worker (options section <c>Webhooks</c>) and the <see cref="WebhookRelay"/> from the CTI stream.</summary>
public static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(WebhookRelay))) return services;
        services.AddCallCenterDomain();
        services.AddOptions<WebhookOptions>().BindConfiguration("Webhooks");
        services.AddSingleton<WebhookRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookRelay>());
        return services;
    }
}
