using CallCenter.Engine.Extensions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Options;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Persistence.InMemory;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>
/// An engine as an application gets it (<c>AddLogging().AddWorkflowEngine()</c>), on a <see cref="FakeTimeProvider"/>,
/// with the test activities registered and helpers to publish, start and wait.
/// </summary>
public sealed class EngineHost : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);
    /// <summary>Monday 2025-01-06 00:00 UTC (08:00 in Asia/Shanghai).</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);

    private EngineHost(ServiceProvider services, FakeTimeProvider time)
    {
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public IWorkflowRuntime Runtime => Services.GetRequiredService<IWorkflowRuntime>();
    public WorkflowDefinitionService Definitions => Services.GetRequiredService<WorkflowDefinitionService>();
    public IDefinitionStore DefinitionStore => Services.GetRequiredService<IDefinitionStore>();
    public IInstanceStore Instances => Services.GetRequiredService<IInstanceStore>();
    public ProbeLog Probes => Services.GetRequiredService<ProbeLog>();
    public BlockGate Gate => Services.GetRequiredService<BlockGate>();

    public static EngineHost Create(Action<EngineOptions>? options = null, Action<IServiceCollection>? services = null, DateTimeOffset? now = null)
    {
        var time = new FakeTimeProvider(now ?? DefaultStart);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(time);
        collection.AddSingleton<InMemoryInstanceStore>();
        collection.AddSingleton<ObservedInstanceStore>();
        collection.AddSingleton<IInstanceStore>(sp => sp.GetRequiredService<ObservedInstanceStore>());
        collection.AddSingleton<ProbeLog>();
        collection.AddSingleton<BlockGate>();
        collection.AddWorkflowEngine(o =>
        {
            o.TimeZone = "Asia/Shanghai";
            options?.Invoke(o);
        });
        collection.AddActivity<Probe>().AddActivity<Fail>().AddActivity<Block>();
        services?.Invoke(collection);
        return new EngineHost(collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), time);
    }

    /// <summary>Publishes a definition that must be valid; fails the test with the validation text otherwise.</summary>
    public async Task<int> PublishAsync(WorkflowDefinition definition)
    {
        var result = await Definitions.PublishAsync(definition);
        Assert.True(result.Success, $"publish failed: {result}");
        return result.Version;
    }

    public async Task<RunResult> StartAsync(string definitionId, StartOptions? options = null)
    {
        var result = await Runtime.StartAsync(definitionId, options);
        Assert.Equal(RunOutcome.Started, result.Outcome);
        return result;
    }

    /// <summary>Waits until the instance has been saved in <paramref name="status"/>.</summary>
    public Task<WorkflowInstance> WaitForStatusAsync(string instanceId, WorkflowStatus status) =>
        Services.GetRequiredService<ObservedInstanceStore>().WaitForAsync(instanceId, i => i.Status == status);

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId) => await Instances.GetJournalAsync(instanceId);

    public async Task<IReadOnlyList<Incident>> IncidentsAsync(string instanceId) => await Instances.GetIncidentsAsync(instanceId);

    /// <summary>The activity ids of the journal, in execution order.</summary>
    public async Task<string[]> PathAsync(string instanceId) => [.. (await JournalAsync(instanceId)).Select(j => j.ActivityId)];

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
