using CallCenter.Engine.Activities;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Options;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Persistence.InMemory;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Timers;
using CallCenter.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCenter.Engine.Extensions;

/// <summary>Registration of the engine and its activities.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine with its built-in activities, in-memory stores and in-process timers; a
    /// database registration (e.g. the Domain's) replaces stores and timers.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        services.AddOptions<EngineOptions>();
        if (configure is not null) services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ExpressionEngine>();
        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton<WorkflowCompiler>();
        services.TryAddSingleton<WorkflowCache>();
        services.TryAddSingleton<WorkflowDefinitionService>();
        services.TryAddSingleton<IWorkflowRuntime, WorkflowRuntime>();
        services.TryAddSingleton<IDefinitionStore, InMemoryDefinitionStore>();
        services.TryAddSingleton<IInstanceStore, InMemoryInstanceStore>();
        services.TryAddSingleton<IBookmarkScheduler, InProcessBookmarkScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowValidator, SubFlowReferenceValidator>());
        return services
            .AddActivity<Start>()
            .AddActivity<End>()
            .AddActivity<SetVariable>()
            .AddActivity<If>()
            .AddActivity<Switch>()
            .AddActivity<Join>()
            .AddActivity<Delay>()
            .AddActivity<Activities.Timer>()
            .AddActivity<StartAt>()
            .AddActivity<Event>()
            .AddActivity<SubFlow>()
            .AddActivity<Log>();
    }

    /// <summary>Makes an activity type available to flows and the designer.</summary>
    public static IServiceCollection AddActivity<T>(this IServiceCollection services) where T : Abstractions.Activity, new()
    {
        services.AddSingleton(new ActivityRegistration(typeof(T)));
        return services;
    }
}
