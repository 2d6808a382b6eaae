using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Prompts;
using CallCenter.Domain.Queues;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Queues;

/// <summary>Queue configuration on each provider: defaults, members (agents and groups), resolution into agents, replacement, validation.</summary>
public abstract class QueueDirectoryScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    private QueueDirectory Queues => _db.Get<QueueDirectory>();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync();
        var agents = _db.Get<AgentDirectory>();
        AgentInput Agent(string number, bool enabled, params string[] groups) => new(number, "Agent " + number, null, [new("hotline", 1)], groups, Enabled: enabled);
        foreach (var input in new[] { Agent("8001", true, "team"), Agent("8002", true, "team"), Agent("8003", false, "team"), Agent("8004", true) })
            Assert.True((await agents.CreateAsync(input)).Succeeded);
        await using var context = await _db.ContextAsync();
        context.Prompts.Add(new Prompt { Name = "hold-music", FilePath = "prompts/hold-music.wav" });
        await context.SaveChangesAsync();
    }

    [Fact]
    public async Task A_new_queue_gets_the_documented_defaults()
    {
        var result = await Queues.SaveAsync(new CallQueue { Name = "hotline" }, []);
        Assert.Equal(SaveStatus.Created, result.Status);
        var q = (await Queues.FindAsync("hotline"))!;
        Assert.Equal(QueueStrategy.LongestIdle, q.Strategy);
        Assert.Equal((0, 0, false, false), (q.MaxWaitingCallers, q.MaxWaitSeconds, q.JoinWhenEmpty, q.LeaveWhenEmpty));
        Assert.Equal((15, 3, 10, false), (q.RingTimeoutSeconds, q.MaxMissedOffers, q.WrapUpSeconds, q.RingBusyAgents));
        Assert.Equal((0, 20, 30), (q.LastAgentPreferenceSeconds, q.ServiceLevelSeconds, q.SkillTierWideningSeconds));
        Assert.Equal((null, false, false, 30, 60, "zh"), (q.MusicOnHold, q.AnnouncePosition, q.AnnounceEstimatedWait, q.AnnounceFirstAfterSeconds, q.AnnounceEverySeconds, q.AnnounceLanguage));
        Assert.Equal((true, false), (q.RecordCalls, q.RecordStereo));
        Assert.Empty(q.Members);
    }

    [Fact]
    public async Task Group_members_resolve_into_their_enabled_agents_with_the_lowest_penalty()
    {
        var saved = await Queues.SaveAsync(new CallQueue { Name = "card-service", Strategy = QueueStrategy.SkillsBased, MusicOnHold = "hold-music" },
            [new(null, "team", 2), new("8001", null, 0), new("8004", null, 5)]);
        Assert.Equal(SaveStatus.Created, saved.Status);
        Assert.Equal(["agent 8001:0", "group team:2", "agent 8004:5"],
            saved.Queue!.Members.Select(m => m.Agent is { } a ? $"agent {a.Number}:{m.Penalty}" : $"group {m.Group!.Name}:{m.Penalty}"));

        var resolved = (await Queues.ResolveAsync("card-service"))!;
        Assert.Equal(QueueStrategy.SkillsBased, resolved.Queue.Strategy);
        // 8001 is a member directly (0) and through the team (2): the lower penalty wins. 8003 is disabled.
        Assert.Equal(["8001:0", "8002:2", "8004:5"], resolved.Agents.Select(a => $"{a.Agent.Number}:{a.Penalty}"));
        Assert.Equal(1, resolved.Agents[0].Agent.SkillLevel("hotline"));
        Assert.Equal(["card-service"], (await Queues.ResolveAllAsync()).Select(q => q.Queue.Name));
        Assert.Null(await Queues.ResolveAsync("nope"));
    }

    [Fact]
    public async Task Saving_an_existing_queue_replaces_its_settings_and_members()
    {
        await Queues.SaveAsync(new CallQueue { Name = "hotline", RingTimeoutSeconds = 20, RecordStereo = true }, [new("8001", null), new(null, "team")]);
        var result = await Queues.SaveAsync(new CallQueue { Name = "hotline", DisplayName = "热线", Strategy = QueueStrategy.RoundRobin, AnnounceLanguage = "EN" },
            [new("8002", null, 1), new(null, "team", 3)]);
        Assert.Equal(SaveStatus.Updated, result.Status);
        var q = (await Queues.FindAsync("hotline"))!;
        Assert.Equal(("热线", QueueStrategy.RoundRobin, 15, false, "en"), (q.DisplayName, q.Strategy, q.RingTimeoutSeconds, q.RecordStereo, q.AnnounceLanguage));
        Assert.Equal(["agent 8002:1", "group team:3"], q.Members.Select(m => m.Agent is { } a ? $"agent {a.Number}:{m.Penalty}" : $"group {m.Group!.Name}:{m.Penalty}"));
        Assert.Single(await Queues.GetAllAsync());
    }

    [Fact]
    public async Task Invalid_settings_and_members_are_refused_with_a_message_per_field()
    {
        var result = await Queues.SaveAsync(
            new CallQueue { Name = "Hot Line", RingTimeoutSeconds = 0, AnnounceLanguage = "fr", MusicOnHold = "no-such-prompt", ServiceLevelSeconds = -5 },
            [new("8001", "team"), new("9999", null), new(null, "nobody"), new("8002", null, 100), new("8002", null)]);
        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal(["announceLanguage", "members", "musicOnHold", "name", "ringTimeoutSeconds", "serviceLevelSeconds"], result.Errors.Keys.Order());
        Assert.Equal("ringTimeoutSeconds must be between 1 and 600; it was 0.", Assert.Single(result.Errors["ringTimeoutSeconds"]).ToString());
        Assert.Equal("There is no prompt named 'no-such-prompt' in the prompt library.", Assert.Single(result.Errors["musicOnHold"]).ToString());
        Assert.Equal(
        [
            "Each member names either an agent or a group (not both, not neither).",
            "There is no agent 9999.",
            "There is no agent group 'nobody' (groups are created by naming them on an agent).",
            "Member agent 8002 has penalty 100; penalties go from 0 (offered first) to 99.",
            "Agent 8002 is listed twice.",
        ], result.Errors["members"].Select(m => m.ToString()));
        Assert.Empty(await Queues.GetAllAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
