using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Queues;
using CallCenter.Domain.Seeding;
using CallCenter.Domain.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Agents;

/// <summary>The ACD demo data on a fresh SQLite file after the demo extensions, as the Portal seeds it: created once, resolvable by the ACD's directories.</summary>
public sealed class DemoAcdSeederTests : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await DomainDatabase.SqliteAsync(s => s.Configure<DemoDataOptions>(o => o.ExtensionPassword = "secret"));
        await _db.Get<DemoExtensionSeeder>().SeedAsync("cc");
    }

    [Fact]
    public async Task Seeding_twice_creates_the_demo_agents_and_queues_once()
    {
        Assert.True(await _db.Get<DemoAcdSeeder>().SeedAsync() > 0);
        Assert.Equal(0, await _db.Get<DemoAcdSeeder>().SeedAsync());
        Assert.Equal(["8001", "8002", "8003", "8004", "8005"], (await _db.Get<AgentDirectory>().GetAllAsync()).Select(a => a.Number));
        Assert.Equal([DemoAcdSeeder.CardQueue, DemoAcdSeeder.HotlineQueue], (await _db.Get<QueueDirectory>().GetAllAsync()).Select(q => q.Name));
    }

    [Fact]
    public async Task The_demo_agents_sit_on_the_demo_extensions_and_answer_the_demo_queues()
    {
        await _db.Get<DemoAcdSeeder>().SeedAsync();
        var agents = _db.Get<AgentDirectory>();
        Assert.Equal(["8001", "8002", "8003", "8004", "8005"], await Task.WhenAll(new[] { "1001", "1002", "1003", "1004", "1005" }.Select(async e => (await agents.FindByExtensionAsync(e))!.Number)));
        Assert.Equal(1, (await agents.FindByNumberAsync("8003"))!.SkillLevel("english"));

        var hotline = (await _db.Get<QueueDirectory>().ResolveAsync(DemoAcdSeeder.HotlineQueue))!;
        Assert.Equal(QueueStrategy.LongestIdle, hotline.Queue.Strategy);
        Assert.Equal(["8001:0", "8002:0", "8003:0", "8004:0"], hotline.Agents.Select(a => $"{a.Agent.Number}:{a.Penalty}"));
        var card = (await _db.Get<QueueDirectory>().ResolveAsync(DemoAcdSeeder.CardQueue))!;
        Assert.Equal(QueueStrategy.SkillsBased, card.Queue.Strategy);
        Assert.Equal(["8002:0", "8003:0", "8005:0", "8001:1"], card.Agents.Select(a => $"{a.Agent.Number}:{a.Penalty}"));
    }

    [Fact]
    public async Task Nothing_is_seeded_when_an_agent_exists_or_demo_data_is_off()
    {
        await _db.Get<AgentDirectory>().CreateAsync(new AgentInput("7001", "Real agent", null, [], []));
        Assert.Equal(0, await _db.Get<DemoAcdSeeder>().SeedAsync());
        Assert.Empty(await _db.Get<QueueDirectory>().GetAllAsync());

        await using var off = await DomainDatabase.SqliteAsync(s => s.Configure<DemoDataOptions>(o => o.Seed = false));
        Assert.Equal(0, await off.Get<DemoAcdSeeder>().SeedAsync());
        Assert.Empty(await off.Get<AgentDirectory>().GetAllAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
