using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CallCenter.Portal.Tests.Api;

/// <summary>The queue API on the real portal with its seeded demo queues: list, read with resolved agents, create and replace by PUT, refusals.</summary>
public sealed class QueueApiTests(AcdPortal acd) : IClassFixture<AcdPortal>
{
    private HttpClient Http => acd.Http;

    private static string[] Agents(JsonElement queue) =>
        queue.GetProperty("agents").EnumerateArray().Select(a => $"{a.GetProperty("number").GetString()}:{a.GetProperty("penalty").GetInt32()}").ToArray();

    [Fact]
    public async Task The_demo_queues_are_listed_and_read_with_their_members_resolved_to_agents()
    {
        var queues = (await acd.GetJsonAsync("/api/v1/queues")).EnumerateArray().ToList();
        Assert.Equal(["card-service", "hotline"], queues.Select(q => q.GetProperty("name").GetString()).Where(n => n is "card-service" or "hotline"));

        var card = await acd.GetJsonAsync("/api/v1/queues/card-service");
        Assert.Equal(("SkillsBased", 20, 180), (card.GetProperty("strategy").GetString(), card.GetProperty("maxWaitingCallers").GetInt32(), card.GetProperty("maxWaitSeconds").GetInt32()));
        Assert.Equal(["group card-team:0", "agent 8001:1"], card.GetProperty("members").EnumerateArray()
            .Select(m => m.GetProperty("agent").GetString() is { } a ? $"agent {a}:{m.GetProperty("penalty").GetInt32()}" : $"group {m.GetProperty("group").GetString()}:{m.GetProperty("penalty").GetInt32()}"));
        Assert.Equal(["8002:0", "8003:0", "8005:0", "8001:1"], Agents(card));
        Assert.Equal("LongestIdle", (await acd.GetJsonAsync("/api/v1/queues/hotline")).GetProperty("strategy").GetString());
        var missing = await ProblemAssert.IsProblemAsync(await Http.GetAsync("/api/v1/queues/nope"), HttpStatusCode.NotFound);
        Assert.Equal("There is no queue nope.", missing.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Put_creates_a_queue_with_defaults_for_what_it_leaves_out_then_replaces_it()
    {
        using var created = await Http.PutAsJsonAsync("/api/v1/queues/sales", new
        {
            displayName = "销售 / Sales", strategy = "roundRobin", ringTimeoutSeconds = 20, announcePosition = true, announceLanguage = "en",
            members = new object[] { new { agent = "8001" }, new { group = "hotline-team", penalty = 2 } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/queues/sales", created.Headers.Location?.OriginalString);
        var queue = await acd.GetJsonAsync("/api/v1/queues/sales");
        Assert.Equal(("RoundRobin", 20, 10, 3, 20), (queue.GetProperty("strategy").GetString(), queue.GetProperty("ringTimeoutSeconds").GetInt32(),
            queue.GetProperty("wrapUpSeconds").GetInt32(), queue.GetProperty("maxMissedOffers").GetInt32(), queue.GetProperty("serviceLevelSeconds").GetInt32()));
        Assert.Equal((true, "en", true, false), (queue.GetProperty("announcePosition").GetBoolean(), queue.GetProperty("announceLanguage").GetString(),
            queue.GetProperty("recordCalls").GetBoolean(), queue.GetProperty("joinWhenEmpty").GetBoolean()));
        Assert.Equal(["8001:0", "8002:2", "8003:2", "8004:2"], Agents(queue));

        using var replaced = await Http.PutAsJsonAsync("/api/v1/queues/sales", new { strategy = "FewestCalls", recordStereo = true, members = new[] { new { agent = "8003", penalty = 1 } } });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        queue = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("FewestCalls", 15, true, false), (queue.GetProperty("strategy").GetString(), queue.GetProperty("ringTimeoutSeconds").GetInt32(),
            queue.GetProperty("recordStereo").GetBoolean(), queue.GetProperty("announcePosition").GetBoolean()));
        Assert.Equal(["8003:1"], Agents(queue));
    }

    [Fact]
    public async Task Bad_queues_are_refused_with_a_400_problem_naming_each_field()
    {
        var errors = await ProblemAssert.ValidationErrorsAsync(await Http.PutAsJsonAsync("/api/v1/queues/bad", new { strategy = "fastest" }));
        Assert.StartsWith("Strategy must be one of RingAll, LongestIdle, RoundRobin", Assert.Single(errors["strategy"]));

        errors = await ProblemAssert.ValidationErrorsAsync(await Http.PutAsJsonAsync("/api/v1/queues/bad", new
        {
            ringTimeoutSeconds = 0, announceLanguage = "fr", members = new[] { new { agent = "9999" } },
        }));
        Assert.Equal(["announceLanguage", "members", "ringTimeoutSeconds"], errors.Keys.Order());
        Assert.Equal("There is no agent 9999.", Assert.Single(errors["members"]));

        errors = await ProblemAssert.ValidationErrorsAsync(await Http.PutAsJsonAsync("/api/v1/queues/Bad%20Name", new { }));
        Assert.Contains("lower-case letters", Assert.Single(errors["name"]));
        errors = await ProblemAssert.ValidationErrorsAsync(await Http.PutAsJsonAsync("/api/v1/queues/bad", new { name = "other" }));
        Assert.Contains("cannot be renamed", Assert.Single(errors["name"]));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync("/api/v1/queues/bad")).StatusCode);
    }
}
