using CallCenter.Domain.Reports.Excel;
using CallCenter.Domain.Reports.Rollups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Domain.Reports;

/// <summary>Registers the report services (all stateless singletons over <see cref="ReportSource"/>) for the Portal's report pages.</summary>
public static class ReportServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReportSource"/>, every report, <see cref="CallDetailQuery"/>, <see cref="CallDetailExport"/>, and
    /// the hourly tables' <see cref="HourlyRollup"/> with its background <see cref="HourlyRollupWorker"/> (options
    /// <see cref="HourlyRollupOptions"/>; the Portal binds <c>Reports:Rollup</c>). Needs what <c>AddCallCenterDatabase</c>
    /// and the engine options register (DbContext factory, <c>EngineOptions</c>).
    /// </summary>
    public static IServiceCollection AddCallCenterReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions();
        services.AddOptions<HourlyRollupOptions>();
        services.TryAddSingleton<HourlyRollup>();
        services.AddHostedService<HourlyRollupWorker>();
        services.TryAddSingleton<ReportSource>();
        services.TryAddSingleton<QueueReport>();
        services.TryAddSingleton<TrafficReport>();
        services.TryAddSingleton<AbandonReport>();
        services.TryAddSingleton<AgentReport>();
        services.TryAddSingleton<HangupSideReport>();
        services.TryAddSingleton<IvrNavigationReport>();
        services.TryAddSingleton<ExtensionTrafficReport>();
        services.TryAddSingleton<SurveyReport>();
        services.TryAddSingleton(sp => new PeriodComparison(sp.GetRequiredService<TrafficReport>(), sp.GetRequiredService<QueueReport>()));
        services.TryAddSingleton<CallDetailQuery>();
        services.TryAddSingleton<CallDetailExport>();
        return services;
    }
}
