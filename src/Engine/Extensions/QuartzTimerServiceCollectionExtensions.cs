using CallCenter.Engine.Runtime;
using CallCenter.Engine.Timers;
using CallCenter.Engine.Timers.Quartz;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace CallCenter.Engine.Extensions;

/// <summary>Durable timers and cron starts on Quartz.</summary>
public static class QuartzTimerServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the in-process timers with Quartz. <paramref name="configure"/> chooses the job store,
    /// e.g. <c>q =&gt; q.UsePersistentStore(s =&gt; { s.UseSqlite(cs); s.ProvisionSchema(); })</c>.
    /// Needs a host (the scheduler starts and stops with it).
    /// </summary>
    public static IServiceCollection AddQuartzTimers(this IServiceCollection services, Action<IQuartzBuilder>? configure = null)
    {
        services.AddQuartz(q => configure?.Invoke(q));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.Replace(ServiceDescriptor.Singleton<IBookmarkScheduler, QuartzBookmarkScheduler>());
        services.TryAddSingleton<CronTriggerScheduler>();
        services.AddSingleton<IPublishListener>(sp => sp.GetRequiredService<CronTriggerScheduler>());
        services.AddHostedService<TimerRecoveryService>();
        return services;
    }
}
