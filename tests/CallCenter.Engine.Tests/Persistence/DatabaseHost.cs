using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>A real host (engine + database + Quartz) as the Portal builds it, on a given database.</summary>
internal static class DatabaseHost
{
    public static async Task<IHost> StartAsync(DatabaseOptions database, RunWatcher? watcher = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddWorkflowEngine();
        builder.Services.AddCallCenterDatabase(database);
        if (watcher is not null) builder.Services.AddSingleton<IRunListener>(watcher);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await host.StartAsync();
        return host;
    }

    public static IWorkflowRuntime Runtime(this IHost host) => host.Services.GetRequiredService<IWorkflowRuntime>();

    public static WorkflowDefinitionService Definitions(this IHost host) => host.Services.GetRequiredService<WorkflowDefinitionService>();
}
