using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Bench.Engine;

/// <summary>
/// Where our engine keeps its state during a run: registrations added after <c>AddWorkflowEngine()</c>
/// (which replace the in-memory stores), set-up once the container is built (e.g. migrations), and clean-up.
/// </summary>
public sealed record EngineBackend(
    string Label,
    Action<IServiceCollection> Configure,
    Func<IServiceProvider, Task> InitializeAsync,
    Action Cleanup)
{
    /// <summary>The engine's own in-memory stores, as <c>AddWorkflowEngine()</c> registers them.</summary>
    public static EngineBackend InMemory { get; } = new("(a) engine, in memory", _ => { }, _ => Task.CompletedTask, () => { });
}
