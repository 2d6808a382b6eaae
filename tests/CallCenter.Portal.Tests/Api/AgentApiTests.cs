using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CallCenter.Portal.Tests.Api;

/// <summary>The agent API on the real portal with its seeded demo agents (8001–8005 on 1001–1005): list, read, create, update, refusals.</summary>
public sealed class AgentApiTests(AcdPortal acd) : IClassFixture<AcdPortal>
{
    private HttpClient Http => acd.Http;

    [Fact]
    public async Task The_demo_agents_are_listed_and_read_by_number()
    {
        var agents = (await acd.GetJsonAsync("/api/v1/agents")).EnumerateArray().ToList();
        Assert.Equal(["8001", "8002", "8003"], agents.Select(a => a.GetProperty("number").GetString()).Take(3));
        var first = agents[0];
        Assert.Equal("1001", first.GetProperty("extension").GetString());
        Assert.Equal(["hotline:1", "card:3"], first.GetProperty("skills").EnumerateArray().Select(s => $"{s.GetProperty("skill").GetString()}:{s.GetProperty("level").GetInt32()}"));
        Assert.Equal(["hotline-team"], first.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal((1, JsonValueKind.Null, true), (first.GetProperty("maxConcurrentCalls").GetInt32(), first.GetProperty("wrapUpSeconds").ValueKind, first.GetProperty("enabled").GetBoolean()));

        var agent = await acd.GetJsonAsync("/api/v1/agents/8002");
        Assert.Equal(("1002", "Local"), (agent.GetProperty("extension").GetString(), agent.GetProperty("dialPermission").GetString()));
        var missing = await ProblemAssert.IsProblemAsync(await Http.GetAsync("/api/v1/agents/9999"), HttpStatusCode.NotFound);
        Assert.Equal("There is no agent 9999.", missing.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_agent_is_created_then_replaced_and_a_taken_number_is_a_conflict()
    {
        using var created = await Http.PostAsJsonAsync("/api/v1/agents", new
        {
            number = "8100", name = "孙丽 Sun Li", extension = "1007", skills = new[] { new { skill = "English", level = 3 } },
            groups = new[] { "night" }, maxConcurrentCalls = 2, wrapUpSeconds = 45, dialPermission = "longDistance",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/agents/8100", created.Headers.Location?.OriginalString);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("1007", "LongDistance", 45), (body.GetProperty("extension").GetString(), body.GetProperty("dialPermission").GetString(), body.GetProperty("wrapUpSeconds").GetInt32()));
        Assert.Equal("english", body.GetProperty("skills")[0].GetProperty("skill").GetString());

        var conflict = await ProblemAssert.IsProblemAsync(await Http.PostAsJsonAsync("/api/v1/agents", new { number = "8100", name = "again" }), HttpStatusCode.Conflict);
        Assert.Equal("Agent number 8100 is already taken.", conflict.GetProperty("detail").GetString());

        using var replaced = await Http.PutAsJsonAsync("/api/v1/agents/8100", new { name = "孙丽", skills = new[] { new { skill = "card", level = 1 } }, enabled = false });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var agent = await acd.GetJsonAsync("/api/v1/agents/8100");
        // PUT replaces every setting: what the body leaves out is back at its default.
        Assert.Equal((JsonValueKind.Null, false, "Internal", 1), (agent.GetProperty("extension").ValueKind, agent.GetProperty("enabled").GetBoolean(),
            agent.GetProperty("dialPermission").GetString(), agent.GetProperty("maxConcurrentCalls").GetInt32()));
        Assert.Equal(["card"], agent.GetProperty("skills").EnumerateArray().Select(s => s.GetProperty("skill").GetString()));
        Assert.Empty(agent.GetProperty("groups").EnumerateArray());

        await ProblemAssert.IsProblemAsync(await Http.PutAsJsonAsync("/api/v1/agents/9999", new { name = "nobody" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_agents_are_refused_with_a_400_problem_naming_each_field()
    {
        var errors = await ProblemAssert.ValidationErrorsAsync(await Http.PostAsJsonAsync("/api/v1/agents", new
        {
            number = "8101", name = "", maxConcurrentCalls = 0, skills = new[] { new { skill = "hotline", level = 12 } },
        }));
        Assert.Equal(["maxConcurrentCalls", "name", "skills"], errors.Keys.Order());
        Assert.Equal("Skill 'hotline' has level 12; levels go from 1 (best) to 9.", Assert.Single(errors["skills"]));

        errors = await ProblemAssert.ValidationErrorsAsync(await Http.PostAsJsonAsync("/api/v1/agents", new { number = "8101", name = "x", extension = "1001" }));
        Assert.Equal("Extension 1001 is already assigned to agent 8001.", Assert.Single(errors["extension"]));

        errors = await ProblemAssert.ValidationErrorsAsync(await Http.PostAsJsonAsync("/api/v1/agents", new { number = "8101", name = "x", dialPermission = "moon" }));
        Assert.Equal("Dial permission must be one of Internal, Local, LongDistance, International; it was 'moon'.", Assert.Single(errors["dialPermission"]));

        errors = await ProblemAssert.ValidationErrorsAsync(await Http.PostAsync("/api/v1/agents", new StringContent("{\"number\": ", Encoding.UTF8, "application/json")));
        Assert.StartsWith("The body is not a valid agent", Assert.Single(errors["body"]));

        errors = await ProblemAssert.ValidationErrorsAsync(await Http.PutAsJsonAsync("/api/v1/agents/8001", new { number = "8009", name = "renamed" }));
        Assert.Contains("cannot be changed", Assert.Single(errors["number"]));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/v1/agents/8101")).StatusCode);
    }
}
