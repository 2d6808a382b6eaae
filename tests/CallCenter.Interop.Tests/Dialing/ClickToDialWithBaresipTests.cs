using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.CallControl;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Dialing;

/// <summary>
/// Click-to-dial through the real Portal: agents' phones are auto-answering baresip phones (8001 LongDistance on 1001,
/// 8002 Local on 1002, each playing its own tone), the number dialled is another baresip phone (1003) or a SIPp gateway
/// behind <c>Dialing:TrunkUri</c>. What the phones show and hear, the 403 of a number beyond the agent's permission, and
/// the dial's state through <c>GET /api/v1/dials/{id}</c>.
/// </summary>
public sealed class ClickToDialWithBaresipTests : IvrSippTest
{
    private const string Password = "Interop-Pass-Dial";
    private const string CenterCallerId = "4008001234";
    private const double AgentHz = 1000, CustomerHz = 1700;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly SippGateway _gateway = new();

    protected override string[] ExtraSettings =>
    [
        $"DemoData:ExtensionPassword={Password}",
        $"Dialing:TrunkUri=sip:{{number}}@127.0.0.1:{_gateway.Port}",
        $"Dialing:CallerId={CenterCallerId}",
    ];

    [Fact]
    public async Task An_agent_clicking_an_extension_is_rung_first_then_the_extension_rings_and_both_talk()
    {
        await using var agent = await PhoneAsync("1001", AgentHz);
        await using var customer = await PhoneAsync("1003", CustomerHz);
        using var http = Http();
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        var dial = await DialAsync(http, "8001", "1003");

        Assert.Equal(("1003", "Internal"), (dial.GetProperty("number").GetString(), dial.GetProperty("needs").GetString()));
        var agentSaw = await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        Assert.Contains("sip:1003@", agentSaw.Param);
        var customerSaw = await customer.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        Assert.Contains("sip:1001@", customerSaw.Param);
        var id = dial.GetProperty("dialId").GetString()!;
        Assert.Equal("Connected", (await DialStateAsync(http, id, "Connected")).GetProperty("state").GetString());
        var status = await http.GetFromJsonAsync<JsonElement>("/api/v1/acd/agents/8001");
        Assert.Equal(("NotReady", "outbound"), (status.GetProperty("status").GetString(), status.GetProperty("reason").GetString()));
        await agent.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        await customer.Control.WaitForEventAsync("CALL_RTPESTAB", Wait);
        // Not synchronisation: each phone's recording needs a few seconds of the other for the spectrum check.
        await Task.Delay(TimeSpan.FromSeconds(2));

        await customer.Control.CommandAsync("hangup");
        await agent.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        var ended = await DialStateAsync(http, id, "Ended");
        Assert.Equal("the customer hung up", ended.GetProperty("message").GetString());
        Assert.Equal("Ready", (await http.GetFromJsonAsync<JsonElement>("/api/v1/acd/agents/8001")).GetProperty("status").GetString());
        AssertHears(agent, CustomerHz, AgentHz);
        AssertHears(customer, AgentHz, CustomerHz);
    }

    [Fact]
    public async Task A_number_beyond_the_agents_permission_is_refused_with_403_and_no_phone_rings()
    {
        await using var agent = await PhoneAsync("1002", AgentHz);
        using var http = Http();
        (await http.PostAsync("/api/v1/agents/8002/login", null)).EnsureSuccessStatusCode();

        using var refused = await http.PostAsJsonAsync("/api/v1/agents/8002/dial", new { number = "13800138000" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Agent 8002 may dial local numbers only; 13800138000 is a mobile number and needs long distance permission.",
            problem.GetProperty("detail").GetString());
        Assert.Empty((await http.GetFromJsonAsync<JsonElement>("/api/v1/dials?agent=8002")).EnumerateArray());
        Assert.DoesNotContain(agent.Control.Events, e => e.Type.StartsWith("CALL_", StringComparison.Ordinal));
        Assert.Equal("Ready", (await http.GetFromJsonAsync<JsonElement>("/api/v1/acd/agents/8002")).GetProperty("status").GetString());

        // The other refusals, each with its status code.
        Assert.Equal(HttpStatusCode.BadRequest, await StatusOfDialAsync(http, "8002", "138-abc"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfDialAsync(http, "9999", "1003"));
        Assert.Equal(HttpStatusCode.Conflict, await StatusOfDialAsync(http, "8003", "1002"));
    }

    [Fact]
    public async Task An_outside_number_goes_to_the_trunk_gateway_with_the_centers_caller_id_and_is_bridged()
    {
        await using var gateway = _gateway;
        gateway.Start();
        await using var agent = await PhoneAsync("1001", AgentHz);
        using var http = Http();
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        var dial = await DialAsync(http, "8001", "+86 138 0013 8000");

        Assert.Equal(("13800138000", "LongDistance"), (dial.GetProperty("number").GetString(), dial.GetProperty("needs").GetString()));
        Assert.Contains("sip:13800138000@", (await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait)).Param);
        var id = dial.GetProperty("dialId").GetString()!;
        var connected = await DialStateAsync(http, id, "Connected");
        Assert.Equal(("Mobile", "sip:13800138000@127.0.0.1:" + _gateway.Port), (connected.GetProperty("kind").GetString(), Destination(connected)));

        await agent.Control.CommandAsync("hangup");
        var (exitCode, log) = await gateway.EndAsync(Wait);
        Assert.True(exitCode == 0, $"SIPp exit {exitCode}\n{log}\n--- portal ---\n{Portal.Output}");
        Assert.Contains($"DIALLED 13800138000 FROM {CenterCallerId}", log);
        Assert.Equal("the agent hung up", (await DialStateAsync(http, id, "Ended")).GetProperty("message").GetString());
    }

    private static string? Destination(JsonElement dial) => dial.TryGetProperty("destination", out var d) ? d.GetString() : null;

    private HttpClient Http() => Portal.CreateClient(TimeSpan.FromSeconds(30), ApiAddress);

    private async Task<BaresipPhone> PhoneAsync(string extension, double toneHz)
    {
        var phone = await BaresipPhone.StartAsync(Folder, extension, Password, Udp, autoAnswer: true, toneHz);
        await phone.WaitRegisteredAsync(Wait);
        return phone;
    }

    private static async Task<JsonElement> DialAsync(HttpClient http, string agent, string number)
    {
        using var response = await http.PostAsJsonAsync($"/api/v1/agents/{agent}/dial", new { number });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<HttpStatusCode> StatusOfDialAsync(HttpClient http, string agent, string number)
    {
        using var response = await http.PostAsJsonAsync($"/api/v1/agents/{agent}/dial", new { number });
        return response.StatusCode;
    }

    /// <summary>
    /// The dial once it is in <paramref name="state"/>: it moves on in the background and the Portal logs only its start and
    /// end, so the API is read every 50 ms, at most <see cref="Wait"/>.
    /// </summary>
    private async Task<JsonElement> DialStateAsync(HttpClient http, string dialId, string state)
    {
        var clock = Stopwatch.StartNew();
        JsonElement dial = default;
        while (clock.Elapsed < Wait)
        {
            dial = await http.GetFromJsonAsync<JsonElement>($"/api/v1/dials/{dialId}");
            if (dial.GetProperty("state").GetString() == state) return dial;
            await Task.Delay(50);
        }
        throw new TimeoutException($"dial {dialId} did not reach {state} within {Wait} (last: {dial})\n{Portal.Output}");
    }

    private static void AssertHears(BaresipPhone phone, double otherHz, double ownHz)
    {
        var samples = LiveCallsApi.Heard(phone);
        Assert.True(samples.Length >= TestWav.Rate, $"{phone.User}'s recording is {samples.Length} samples long");
        Assert.True(TestWav.PowerAt(samples, otherHz) > 10 * TestWav.PowerAt(samples, ownHz), $"{phone.User} hears {otherHz} Hz");
    }
}
