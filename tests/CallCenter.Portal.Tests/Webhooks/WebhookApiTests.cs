using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Portal.Tests.Api;

namespace CallCenter.Portal.Tests.Webhooks;

/// <summary>
/// Webhooks end to end on the real portal, delivered to a real HTTP endpoint in the test: created through the API, a
/// test ping signed with the secret shown once, retries until the endpoint recovers, an agent's state change from the
/// CTI stream, the delivery log, redelivery, validation and who may manage webhooks.
/// </summary>
public sealed class WebhookApiTests(WebhookPortal fixture) : IClassFixture<WebhookPortal>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_test_ping_reaches_the_endpoint_signed_with_the_secret_and_the_log_shows_it_delivered()
    {
        await using var receiver = new WebhookReceiver();
        var (id, secret) = await fixture.CreateAsync("crm", receiver.Url, "call.offered", "call.ended");
        Assert.StartsWith("whsec_", secret);
        var listed = (await fixture.GetJsonAsync("/api/v1/webhooks")).EnumerateArray().Single(w => w.GetProperty("id").GetInt64() == id);
        Assert.False(listed.TryGetProperty("secret", out _), "a list never shows the secret");
        Assert.Equal(["call.offered", "call.ended"], listed.GetProperty("events").EnumerateArray().Select(e => e.GetString()));

        using var test = await fixture.Http.PostAsync($"/api/v1/webhooks/{id}/test", null);
        Assert.Equal(HttpStatusCode.Accepted, test.StatusCode);
        var queued = await test.Content.ReadFromJsonAsync<JsonElement>();
        var deliveryId = queued.GetProperty("id").GetInt64();

        var ping = await receiver.WaitForAsync(r => r.Event == "ping", Timeout);
        Assert.Equal(ping.ExpectedSignature(secret), ping.Signature);
        Assert.Equal(deliveryId.ToString(), ping.Delivery);
        Assert.InRange(ping.Timestamp!.Value, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var body = JsonSerializer.Deserialize<JsonElement>(ping.Body);
        Assert.Equal(("ping", id), (body.GetProperty("type").GetString(), body.GetProperty("data").GetProperty("webhookId").GetInt64()));
        Assert.Equal(queued.GetProperty("eventId").GetString(), body.GetProperty("id").GetString());

        await fixture.Portal.WaitForOutputAsync($"Webhook delivery {deliveryId} (ping) delivered", Timeout);
        var log = await fixture.GetJsonAsync($"/api/v1/webhooks/{id}/deliveries");
        var delivery = Assert.Single(log.EnumerateArray());
        Assert.Equal(("Delivered", 1, 200), (delivery.GetProperty("state").GetString(), delivery.GetProperty("attempts").GetInt32(), delivery.GetProperty("lastStatusCode").GetInt32()));
        Assert.Equal("ping", delivery.GetProperty("payload").GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_endpoint_answering_500_twice_gets_the_event_again_and_the_third_attempt_is_delivered()
    {
        await using var receiver = new WebhookReceiver();
        receiver.AnswerWith(500, 500);
        var (id, secret) = await fixture.CreateAsync("flaky crm", receiver.Url, "*");
        using var test = await fixture.Http.PostAsync($"/api/v1/webhooks/{id}/test", null);
        var deliveryId = (await test.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var third = await receiver.WaitForAsync(r => r.Event == "ping" && r.AnsweredWith == 200, Timeout);
        Assert.Equal(third.ExpectedSignature(secret), third.Signature);
        var pings = receiver.Received.Where(r => r.Event == "ping").ToList();
        Assert.Equal([500, 500, 200], pings.Select(r => r.AnsweredWith));
        Assert.Single(pings.Select(r => r.Body).Distinct()); // the same event each time
        Assert.All(pings, r => Assert.Equal(deliveryId.ToString(), r.Delivery));

        await fixture.Portal.WaitForOutputAsync($"Webhook delivery {deliveryId} (ping) delivered to {receiver.Url} on attempt 3", Timeout);
        var delivery = (await fixture.GetJsonAsync($"/api/v1/webhooks/{id}/deliveries?state=delivered")).EnumerateArray().Single(d => d.GetProperty("id").GetInt64() == deliveryId);
        Assert.Equal((3, 200), (delivery.GetProperty("attempts").GetInt32(), delivery.GetProperty("lastStatusCode").GetInt32()));
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("lastError").ValueKind);
    }

    [Fact]
    public async Task An_agent_logging_in_sends_agent_state_to_a_subscribed_endpoint_and_a_delivery_can_be_redelivered()
    {
        await using var receiver = new WebhookReceiver();
        var (id, secret) = await fixture.CreateAsync("wallboard", receiver.Url, "agent.state");
        using (var login = await fixture.Http.PostAsync("/api/v1/agents/8002/login", null))
            Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());

        var state = await receiver.WaitForAsync(r => r.Event == "agent.state" && r.Body.Contains("\"8002\""), Timeout);
        Assert.Equal(state.ExpectedSignature(secret), state.Signature);
        var envelope = JsonSerializer.Deserialize<JsonElement>(state.Body);
        Assert.StartsWith("evt_", envelope.GetProperty("id").GetString());
        Assert.Equal("agent.state", envelope.GetProperty("type").GetString());
        var data = envelope.GetProperty("data");
        Assert.Equal(("8002", "LoggedOut"), (data.GetProperty("agentId").GetString(), data.GetProperty("from").GetString()));

        var deliveryId = long.Parse(state.Delivery!);
        await fixture.Portal.WaitForOutputAsync($"Webhook delivery {deliveryId} (agent.state) delivered", Timeout);
        using var retry = await fixture.Http.PostAsync($"/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        await receiver.WaitForAsync(r => r.Delivery == state.Delivery && !ReferenceEquals(r, state), Timeout);
        Assert.Equal(2, receiver.Received.Count(r => r.Delivery == state.Delivery));
        await ProblemAssert.IsProblemAsync(await fixture.Http.PostAsync($"/api/v1/webhooks/{id}/deliveries/999999/retry", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_webhook_is_validated_updated_and_deleted_and_only_an_Admin_manages_webhooks()
    {
        using var invalid = await fixture.Http.PostAsJsonAsync("/api/v1/webhooks", new { name = "x", url = "ftp://crm.example.com/hook", events = new[] { "call.transferred" } });
        var errors = await ProblemAssert.ValidationErrorsAsync(invalid);
        Assert.Equal(["events", "url"], errors.Keys.Order());

        var (id, _) = await fixture.CreateAsync("crm", new Uri("https://crm.example.com/hook"), "call.ended");
        using (var update = await fixture.Http.PutAsJsonAsync($"/api/v1/webhooks/{id}", new { name = "crm v2", url = "https://crm.example.com/v2", events = new[] { "*" }, enabled = false }))
        {
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
            var updated = await update.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(("crm v2", "https://crm.example.com/v2", false), (updated.GetProperty("name").GetString(), updated.GetProperty("url").GetString(), updated.GetProperty("enabled").GetBoolean()));
        }
        var badQuery = await ProblemAssert.ValidationErrorsAsync(await fixture.Http.GetAsync($"/api/v1/webhooks/{id}/deliveries?state=Lost&limit=0"));
        Assert.Equal(["limit", "state"], badQuery.Keys.Order());

        using var keyResponse = await fixture.Http.PostAsJsonAsync("/api/v1/api-keys", new { name = "supervisor", roles = new[] { "Supervisor" } });
        var supervisorKey = (await keyResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        using var supervisor = fixture.Portal.CreateClient(supervisorKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsync($"/api/v1/webhooks/{id}/test", null)).StatusCode);
        using var anonymous = fixture.Portal.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/webhooks")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await fixture.Http.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await fixture.Http.GetAsync($"/api/v1/webhooks/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await fixture.Http.PostAsync($"/api/v1/webhooks/{id}/test", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_secret_is_returned_once_signs_the_next_ping_and_the_old_one_no_longer_verifies()
    {
        await using var receiver = new WebhookReceiver();
        var (id, secret) = await fixture.CreateAsync("rotating crm", receiver.Url, "call.ended");
        using var rotate = await fixture.Http.PostAsync($"/api/v1/webhooks/{id}/secret", null);
        Assert.Equal(HttpStatusCode.OK, rotate.StatusCode);
        var rotated = (await rotate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", rotated);
        Assert.NotEqual(secret, rotated);
        Assert.False((await fixture.GetJsonAsync($"/api/v1/webhooks/{id}")).TryGetProperty("secret", out _), "the secret is shown only when made");

        using var test = await fixture.Http.PostAsync($"/api/v1/webhooks/{id}/test", null);
        var ping = await receiver.WaitForAsync(r => r.Event == "ping", Timeout);
        Assert.Equal(ping.ExpectedSignature(rotated), ping.Signature);
        Assert.NotEqual(ping.ExpectedSignature(secret), ping.Signature);
        await ProblemAssert.IsProblemAsync(await fixture.Http.PostAsync("/api/v1/webhooks/999999/secret", null), HttpStatusCode.NotFound);
    }
}
