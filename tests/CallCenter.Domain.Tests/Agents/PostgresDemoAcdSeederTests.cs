using CallCenter.Domain.Agents;
using CallCenter.Domain.Queues;
using CallCenter.Domain.Seeding;
using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Agents;

/// <summary>The ACD demo data written to and read back from PostgreSQL: agents on their extensions, groups expanded in the queues.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoAcdSeederTests(PostgresServer server) : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await DomainDatabase.PostgresAsync(server, s => s.Configure<DemoDataOptions>(o => o.ExtensionPassword = "secret"));
        await _db.Get<DemoExtensionSeeder>().SeedAsync("cc");
    }

    [Fact]
    public async Task Seeded_once_and_resolved_by_the_directories_on_PostgreSQL()
    {
        Assert.True(await _db.Get<DemoAcdSeeder>().SeedAsync() > 0);
        Assert.Equal(0, await _db.Get<DemoAcdSeeder>().SeedAsync());
        Assert.Equal("8002", (await _db.Get<AgentDirectory>().FindByExtensionAsync("1002"))!.Number);
        var resolved = await _db.Get<QueueDirectory>().ResolveAllAsync();
        Assert.Equal(["card-service: 8002:0 8003:0 8005:0 8001:1", "hotline: 8001:0 8002:0 8003:0 8004:0"],
            resolved.Select(q => $"{q.Queue.Name}: {string.Join(" ", q.Agents.Select(a => $"{a.Agent.Number}:{a.Penalty}"))}"));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
