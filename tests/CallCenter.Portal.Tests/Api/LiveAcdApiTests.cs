using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CallCenter.Portal.Tests.Api;

/// <summary>
/// The live ACD on the real portal: agents log in, go not ready and ready again, refusals are problem details, the
/// wallboard views count them, a queue saved through the configuration API is live at once, and call control refuses a
/// call that is not connected (calls themselves: tests/CallCenter.Interop.Tests/CallControl).
/// </summary>
public sealed class LiveAcdApiTests(AcdPortal acd) : IClassFixture<AcdPortal>
{
    private HttpClient Http => acd.Http;

    [Fact]
    public async Task An_agent_logs_in_goes_not_ready_with_a_reason_is_ready_again_and_logs_out_each_step_on_the_wallboard()
    {
        var ready = await PostAsync("/api/v1/agents/8003/login");
        Assert.Equal(("Ready", "1003"), (ready.GetProperty("status").GetString(), ready.GetProperty("extension").GetString()));
        var paused = await PostAsync("/api/v1/agents/8003/not-ready", new { reason = "lunch" });
        Assert.Equal(("NotReady", "lunch"), (paused.GetProperty("status").GetString(), paused.GetProperty("reason").GetString()));
        var hotline = await acd.GetJsonAsync("/api/v1/acd/queues/hotline");
        Assert.Equal(1, hotline.GetProperty("agents").GetProperty("NotReady").GetInt32());
        Assert.Equal("Ready", (await PostAsync("/api/v1/agents/8003/ready")).GetProperty("status").GetString());
        Assert.Equal("LoggedOut", (await PostAsync("/api/v1/agents/8003/logout")).GetProperty("status").GetString());

        // Ready while logged out is not possible; an unknown agent is not found.
        var refused = await ProblemAssert.IsProblemAsync(await Http.PostAsync("/api/v1/agents/8003/ready", null), HttpStatusCode.Conflict);
        Assert.False(string.IsNullOrWhiteSpace(refused.GetProperty("detail").GetString()));
        await ProblemAssert.IsProblemAsync(await Http.PostAsync("/api/v1/agents/9999/login", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_queue_saved_through_the_configuration_API_is_live_in_the_ACD_at_once()
    {
        using var saved = await Http.PutAsJsonAsync("/api/v1/queues/night-desk", new
        {
            displayName = "夜间值班", strategy = "RoundRobin", members = new[] { new { agent = "8002" } },
        });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var live = await acd.GetJsonAsync("/api/v1/acd/queues/night-desk");
        Assert.Equal(("RoundRobin", 0), (live.GetProperty("strategy").GetString(), live.GetProperty("waiting").GetInt32()));
        Assert.Equal(1, live.GetProperty("agents").EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Fact]
    public async Task Call_control_on_a_call_not_connected_is_not_found_and_a_transfer_without_a_target_is_refused()
    {
        Assert.Equal(0, (await acd.GetJsonAsync("/api/v1/acd/calls")).GetArrayLength());
        await ProblemAssert.IsProblemAsync(await Http.PostAsync("/api/v1/acd/calls/no-such-call/hold", null), HttpStatusCode.NotFound);
        var errors = await ProblemAssert.ValidationErrorsAsync(await Http.PostAsJsonAsync("/api/v1/acd/calls/no-such-call/transfer", new { to = "8002" }));
        Assert.Contains("target", errors.Keys);
        var mode = await ProblemAssert.ValidationErrorsAsync(await Http.PostAsJsonAsync("/api/v1/acd/calls/no-such-call/monitor", new { extension = "1003", mode = "shout" }));
        Assert.Contains("mode", mode.Keys);
    }

    private async Task<JsonElement> PostAsync(string path, object? body = null)
    {
        using var response = body is null ? await Http.PostAsync(path, null) : await Http.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
