using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Portal.Tests.Api;

namespace CallCenter.Portal.Tests.Security;

/// <summary>
/// Who may call what, on the real portal: no credentials → 401 (a browser is sent to /login), API keys act with their
/// roles (403 otherwise), an Agent only on their own agent, a revoked key → 401, and what stays anonymous.
/// </summary>
public sealed class ApiAuthorizationTests(AcdPortal acd) : IClassFixture<AcdPortal>
{
    [Fact]
    public async Task Without_credentials_the_API_answers_401_a_page_redirects_to_login_and_health_openapi_and_the_card_system_stay_open()
    {
        using var anonymous = acd.Portal.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/agents/8001/login", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/api-keys")).StatusCode);

        using (var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = acd.Portal.Address })
        {
            using var page = await noRedirects.GetAsync("/");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery);
        }

        using var health = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var report = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        foreach (var check in (string[])["database", "sip", "quartz"])
            Assert.Equal("Healthy", report.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());

        var openApi = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/calls", paths);
        Assert.Contains("/api/v1/api-keys", paths);
        Assert.Equal("X-Api-Key", openApi.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/demo/card-system/cards/8800000001")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_is_401_and_a_revoked_key_is_401_from_then_on()
    {
        using (var wrong = acd.Portal.CreateClient("not-a-key-of-this-portal"))
            Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/v1/calls")).StatusCode);

        var (id, secret) = await CreateKeyAsync("reports", ["Manager"]);
        using var manager = acd.Portal.CreateClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/v1/calls")).StatusCode);
        var listed = (await acd.GetJsonAsync("/api/v1/api-keys")).EnumerateArray().Single(k => k.GetProperty("id").GetInt64() == id);
        Assert.Equal((secret[..8], "Manager"), (listed.GetProperty("prefix").GetString(), listed.GetProperty("roles")[0].GetString()));
        Assert.False(listed.TryGetProperty("secret", out _), "a list never shows a secret");
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await acd.Http.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await manager.GetAsync("/api/v1/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await acd.Http.DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);
    }

    [Fact]
    public async Task Keys_act_with_their_roles_and_an_Agent_only_on_their_own_agent()
    {
        var (_, agentSecret) = await CreateKeyAsync("desk 8001", ["Agent"], agentId: "8001");
        using var agent = acd.Portal.CreateClient(agentSecret);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync("/api/v1/agents/8001/login", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsync("/api/v1/agents/8001/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/agents/8001/status-changes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/v1/acd/calls?agent=8001")).StatusCode);
        // Another agent, everyone's calls, a supervisor's action, configuration, call records: not an agent's.
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync("/api/v1/agents/8002/login", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/agents/8002")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/acd/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync("/api/v1/acd/calls/some-call/hangup", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync("/api/v1/acd/reload", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync("/api/v1/queues/hotline", new { strategy = "RingAll" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/calls")).StatusCode);

        var (_, supervisorSecret) = await CreateKeyAsync("wallboard", ["Supervisor"]);
        using var supervisor = acd.Portal.CreateClient(supervisorSecret);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync("/api/v1/acd/reload", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/v1/acd/agents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync("/api/v1/agents/8002/login", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync("/api/v1/agents/8002/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutAsJsonAsync("/api/v1/queues/hotline", new { strategy = "RingAll" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/v1/telephony/stats")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/v1/api-keys")).StatusCode);
    }

    [Fact]
    public async Task A_key_needs_a_name_and_known_roles()
    {
        using var response = await acd.Http.PostAsJsonAsync("/api/v1/api-keys", new { name = "", roles = new[] { "Root" } });
        var errors = await ProblemAssert.ValidationErrorsAsync(response);
        Assert.Contains("name", errors.Keys);
        Assert.Contains("roles", errors.Keys);
    }

    private async Task<(long Id, string Secret)> CreateKeyAsync(string name, string[] roles, string? agentId = null)
    {
        using var response = await acd.Http.PostAsJsonAsync("/api/v1/api-keys", new { name, roles, agentId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var key = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (key.GetProperty("id").GetInt64(), key.GetProperty("secret").GetString()!);
    }
}
