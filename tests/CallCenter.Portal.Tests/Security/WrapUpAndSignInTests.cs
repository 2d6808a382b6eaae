using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Domain.Calls;
using CallCenter.Portal.Tests.Api;

namespace CallCenter.Portal.Tests.Security;

/// <summary>
/// Wrap-ups stored on the call (one per agent, saving again replaces it, an Agent only as themselves) and the sign-in
/// form's antiforgery check, on the real portal.
/// </summary>
public sealed class WrapUpAndSignInTests(AcdPortal acd) : IClassFixture<AcdPortal>
{
    [Fact]
    public async Task A_wrap_up_is_stored_on_the_call_saving_again_replaces_it_and_an_agent_cannot_wrap_up_as_another()
    {
        const string callId = "wrapup-call-1@10.0.0.1";
        await using (var db = acd.Db())
        {
            var at = new DateTime(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);
            db.CallRecords.Add(new CallDetailRecord
            {
                CallId = callId, From = "sip:13800138000@10.0.0.1", To = "sip:12345@cc", StartedAt = at, AnsweredAt = at.AddSeconds(2),
                EndedAt = at.AddMinutes(3), HangupBy = "Caller", Cause = "BYE", StatusCode = 200,
            });
            await db.SaveChangesAsync();
        }
        var agentKey = await CreateKeyAsync(["Agent"], "8001");
        using var agent = acd.Portal.CreateClient(agentKey);
        var path = $"/api/v1/calls/{Uri.EscapeDataString(callId)}/wrap-up";

        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync(path, new { disposition = "callback", notes = "回电 tomorrow" })).StatusCode);
        using (var saved = await agent.PostAsJsonAsync(path, new { disposition = "resolved", notes = "已解决" }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal("8001", (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("agentId").GetString());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync(path, new { disposition = "resolved", agentId = "8002" })).StatusCode);
        // An Admin key is no agent: it names one, or is refused.
        var unnamed = await ProblemAssert.ValidationErrorsAsync(await acd.Http.PostAsJsonAsync(path, new { disposition = "resolved" }));
        Assert.Contains("agentId", unnamed.Keys);
        Assert.Equal(HttpStatusCode.OK, (await acd.Http.PostAsJsonAsync(path, new { disposition = "escalated", agentId = "8002" })).StatusCode);

        var call = Assert.Single((await acd.GetJsonAsync($"/api/v1/calls?callId={Uri.EscapeDataString(callId)}")).EnumerateArray());
        var wrapUps = call.GetProperty("wrapUps").EnumerateArray()
            .Select(w => (w.GetProperty("agentId").GetString(), w.GetProperty("disposition").GetString(), w.GetProperty("notes").GetString())).ToList();
        Assert.Equal([("8001", "resolved", "已解决"), ("8002", "escalated", null)], wrapUps);
    }

    [Fact]
    public async Task The_sign_in_form_is_refused_without_its_antiforgery_token()
    {
        using var anonymous = acd.Portal.CreateClient(apiKey: null);
        using var response = await anonymous.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin", ["password"] = "whatever-it-is", ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var logout = await anonymous.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
    }

    private async Task<string> CreateKeyAsync(string[] roles, string? agentId)
    {
        using var response = await acd.Http.PostAsJsonAsync("/api/v1/api-keys", new { name = "wrap-up test", roles, agentId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
    }
}
