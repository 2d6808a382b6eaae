using CallCenter.Domain.Agents;
using CallCenter.Domain.Telephony;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Agents;

/// <summary>Agent configuration on each provider: created, validated, updated, and loaded the ways the ACD and the API look agents up.</summary>
public abstract class AgentDirectoryScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    private AgentDirectory Agents => _db.Get<AgentDirectory>();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync();
        await using var context = await _db.ContextAsync();
        foreach (var number in new[] { "1001", "1002", "1003" })
            context.Extensions.Add(new Extension { Number = number, DisplayName = number, CreatedAt = DomainDatabase.DefaultNow.UtcDateTime });
        await context.SaveChangesAsync();
    }

    internal static AgentInput Input(string number, string? extension = null, bool enabled = true, params (string Skill, int Level)[] skills) =>
        new(number, "Agent " + number, extension, skills.Select(s => new AgentSkillLevel(s.Skill, s.Level)).ToList(), [], Enabled: enabled);

    [Fact]
    public async Task Agents_are_found_by_number_and_extension_and_only_enabled_ones_are_loaded_for_the_ACD()
    {
        var created = await Agents.CreateAsync(Input("8001", "1001", true, (" Hotline ", 2), ("english", 1)) with
        {
            Groups = ["hotline-team", "night"], MaxConcurrentCalls = 2, WrapUpSeconds = 30, DialPermission = DialPermission.LongDistance,
        });
        Assert.Equal(SaveStatus.Created, created.Status);
        Assert.Equal(SaveStatus.Created, (await Agents.CreateAsync(Input("8002", "1002", enabled: false))).Status);
        Assert.Equal(SaveStatus.Created, (await Agents.CreateAsync(Input("8003"))).Status);

        Assert.Equal(["8001", "8003"], (await Agents.GetEnabledAsync()).Select(a => a.Number));
        Assert.Equal(["8001", "8002", "8003"], (await Agents.GetAllAsync()).Select(a => a.Number));

        var agent = await Agents.FindByExtensionAsync("1001");
        Assert.NotNull(agent);
        Assert.Equal(("8001", "Agent 8001", "1001"), (agent.Number, agent.Name, agent.Extension!.Number));
        // Skill names are normalised to lower case and sorted best level first.
        Assert.Equal(["english:1", "hotline:2"], agent.Skills.Select(s => $"{s.Skill}:{s.Level}"));
        Assert.Equal(2, agent.SkillLevel("HOTLINE"));
        Assert.Null(agent.SkillLevel("card"));
        Assert.Equal(["hotline-team", "night"], agent.Groups.Select(g => g.Name));
        Assert.Equal((2, 30, DialPermission.LongDistance), (agent.MaxConcurrentCalls, agent.WrapUpSeconds, agent.DialPermission));
        Assert.Equal(DomainDatabase.DefaultNow.UtcDateTime, agent.CreatedAt);

        Assert.False((await Agents.FindByNumberAsync("8002"))!.Enabled);
        Assert.Null(await Agents.FindByExtensionAsync("1003"));
        Assert.Null(await Agents.FindByNumberAsync("9999"));
    }

    [Fact]
    public async Task Invalid_settings_are_refused_with_a_message_per_field()
    {
        var result = await Agents.CreateAsync(new AgentInput("80 01", "", null,
            [new("hotline", 0), new("hotline", 2), new("bad skill!", 1)], [""], MaxConcurrentCalls: 0, WrapUpSeconds: -1));
        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal(["groups", "maxConcurrentCalls", "name", "number", "skills", "wrapUpSeconds"], result.Errors.Keys.Order());
        Assert.Equal(3, result.Errors["skills"].Length);
        Assert.Contains(result.Errors["skills"], m => m.ToString().Contains("levels go from 1 (best) to 9"));

        var unknownExtension = await Agents.CreateAsync(Input("8001", "1999"));
        Assert.Equal(SaveStatus.Invalid, unknownExtension.Status);
        Assert.Equal("There is no extension 1999.", Assert.Single(unknownExtension.Errors["extension"]).ToString());
        Assert.Empty(await Agents.GetAllAsync());
    }

    [Fact]
    public async Task A_taken_number_is_a_conflict_and_an_extension_belongs_to_one_agent()
    {
        await Agents.CreateAsync(Input("8001", "1001"));
        Assert.Equal(SaveStatus.Conflict, (await Agents.CreateAsync(Input("8001"))).Status);
        var sameExtension = await Agents.CreateAsync(Input("8002", "1001"));
        Assert.Equal(SaveStatus.Invalid, sameExtension.Status);
        Assert.Equal("Extension 1001 is already assigned to agent 8001.", Assert.Single(sameExtension.Errors["extension"]).ToString());
    }

    [Fact]
    public async Task An_update_replaces_skills_groups_and_extension_but_never_the_number()
    {
        await Agents.CreateAsync(Input("8001", "1001", true, ("hotline", 1), ("card", 2)) with { Groups = ["a", "b"] });
        var updated = await Agents.UpdateAsync("8001", Input("8001", "1002", false, ("card", 1), ("english", 3)) with { Groups = ["b", "c"] });
        Assert.Equal(SaveStatus.Updated, updated.Status);

        var agent = (await Agents.FindByNumberAsync("8001"))!;
        Assert.Equal(["card:1", "english:3"], agent.Skills.Select(s => $"{s.Skill}:{s.Level}"));
        Assert.Equal(["b", "c"], agent.Groups.Select(g => g.Name));
        Assert.Equal("1002", agent.Extension!.Number);
        Assert.False(agent.Enabled);
        Assert.Null(await Agents.FindByExtensionAsync("1001"));

        var renamed = await Agents.UpdateAsync("8001", Input("8009"));
        Assert.Equal(SaveStatus.Invalid, renamed.Status);
        Assert.Contains("cannot be changed", Assert.Single(renamed.Errors["number"]).ToString());
        Assert.Equal(SaveStatus.NotFound, (await Agents.UpdateAsync("8999", Input("8999"))).Status);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
