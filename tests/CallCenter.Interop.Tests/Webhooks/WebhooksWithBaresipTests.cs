using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Domain.Seeding;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;
using CallCenter.Portal.Tests.Webhooks;

namespace CallCenter.Interop.Tests.Webhooks;

/// <summary>
/// Webhooks from a real call: an integrator's endpoint (a real HTTP listener in the test) subscribes to
/// <c>call.offered</c> and <c>call.ended</c>; a SIPp caller dials 12345 and keys 0; agent 8001's baresip phone answers
/// and hangs up. The endpoint gets the offer with the screen pop (the VIP customer's name) and the end of that call,
/// both signed with the webhook's secret, and nothing it did not subscribe to.
/// </summary>
public sealed class WebhooksWithBaresipTests : IvrSippTest
{
    private const string Password = "Interop-Pass-Hooks";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={Password}"];

    [Fact]
    public async Task A_call_to_the_hotline_answered_by_an_agent_reaches_the_endpoint_as_call_offered_with_the_customer_then_call_ended()
    {
        await using var receiver = new WebhookReceiver();
        using var http = Portal.CreateClient(baseAddress: ApiAddress);
        using var created = await http.PostAsJsonAsync("/api/v1/webhooks", new { name = "crm", url = receiver.Url, events = new[] { "call.offered", "call.ended" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;

        await using var phone = await BaresipPhone.StartAsync(Folder, "1001", Password, Udp, autoAnswer: true, toneHz: 1000);
        await phone.WaitRegisteredAsync(Wait);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        // Keys 0 at once (the hotline queue) and 4 nine seconds in for the survey after the agent hangs up, so the call ends by itself.
        var caller = CallAsync("12345", DemoIvrData.VipCaller, PcapStep.Keys(100, "0"), PcapStep.Keys(9_000, "4"));
        var offered = await receiver.WaitForAsync(r => r.Event == "call.offered" && r.Body.Contains(DemoIvrData.VipCaller), Wait);
        Assert.Equal(offered.ExpectedSignature(secret), offered.Signature);
        var offer = JsonSerializer.Deserialize<JsonElement>(offered.Body);
        Assert.Equal("call.offered", offer.GetProperty("type").GetString());
        var data = offer.GetProperty("data");
        var callId = data.GetProperty("callId").GetString()!;
        Assert.Equal(("8001", "hotline"), (data.GetProperty("agentId").GetString(), data.GetProperty("queue").GetString()));
        var customer = data.GetProperty("pop").GetProperty("customer");
        Assert.Equal(("张伟", true), (customer.GetProperty("name").GetString(), customer.GetProperty("isVip").GetBoolean()));

        await phone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        await phone.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        await phone.Control.CommandAsync("hangup");
        await phone.Control.WaitForEventAsync("CALL_CLOSED", Wait);

        var ended = await receiver.WaitForAsync(r => r.Event == "call.ended" && r.Body.Contains(callId), Wait);
        Assert.Equal(ended.ExpectedSignature(secret), ended.Signature);
        var end = JsonSerializer.Deserialize<JsonElement>(ended.Body);
        Assert.Equal((callId, "8001"), (end.GetProperty("data").GetProperty("callId").GetString(), end.GetProperty("data").GetProperty("agentId").GetString()));
        Assert.True(end.GetProperty("at").GetDateTimeOffset() >= offer.GetProperty("at").GetDateTimeOffset());
        var run = await caller;
        Assert.True(run.ExitCode == 0, $"{run.Output}\n--- agent's phone ---\n{phone.Log}");

        // Subscribed to offers and ends only: no call.connected, no agent.state; each event once.
        Assert.All(receiver.Received, r => Assert.Contains(r.Event, (string[])["call.offered", "call.ended"]));
        Assert.Equal(receiver.Received.Count, receiver.Received.Select(r => JsonSerializer.Deserialize<JsonElement>(r.Body).GetProperty("id").GetString()).Distinct().Count());
    }
}
