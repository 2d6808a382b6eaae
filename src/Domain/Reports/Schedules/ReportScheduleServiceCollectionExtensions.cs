using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>Registers the scheduled report mails.</summary>
public static class ReportScheduleServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReportSubscriptionStore"/>, <see cref="ReportSubscriptionScheduler"/>, <see cref="ReportMailing"/>, the
    /// Quartz job and the start-up recovery. Needs <c>AddCallCenterReports()</c> and Quartz (<c>AddCallCenterDatabase</c>);
    /// options <see cref="ReportScheduleOptions"/> (section <c>Reports:Schedules</c>, bound by the host).
    /// </summary>
    public static IServiceCollection AddReportSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<ReportScheduleOptions>();
        services.AddOptions<Messaging.Providers.SmtpOptions>();
        services.TryAddSingleton<ReportSubscriptionScheduler>();
        services.TryAddSingleton<ReportSubscriptionStore>();
        services.TryAddSingleton<ReportMailing>();
        services.TryAddTransient<ReportSubscriptionJob>();
        services.AddHostedService<ReportSubscriptionRecovery>();
        return services;
    }
}
