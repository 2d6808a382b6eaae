using CallCenter.Engine.Tests.TestSupport;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>The version history scenarios on the in-memory store.</summary>
public sealed class InMemoryDefinitionHistoryTests : DefinitionHistoryScenarios
{
    protected override Task<(IServiceProvider Services, IAsyncDisposable Owner)> StartAsync()
    {
        var host = EngineHost.Create();
        return Task.FromResult<(IServiceProvider, IAsyncDisposable)>((host.Services, host));
    }
}
