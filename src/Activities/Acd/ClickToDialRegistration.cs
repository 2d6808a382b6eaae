using CallCenter.Domain.Numbers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Activities.Acd;

/// <summary>Registers click-to-dial: <see cref="ClickToDial"/>, the <see cref="Dials"/> registry, the number classifier and <see cref="DialingOptions"/> (section <c>Dialing</c>, bound by the host).</summary>
public static class ClickToDialRegistration
{
    /// <summary>Adds click-to-dial and what it needs (idempotent). Needs the ACD (<c>AddAcd()</c>) and the Domain services.</summary>
    public static IServiceCollection AddClickToDial(this IServiceCollection services)
    {
        services.AddOptions<DialingOptions>();
        services.AddOptions<NumberOptions>();
        services.TryAddSingleton<DialClassifier>();
        services.TryAddSingleton<CenterNumberDirectory>();
        services.TryAddSingleton<Dials>();
        services.TryAddSingleton<ClickToDial>();
        return services;
    }
}
