using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.CallControl;

/// <summary>
/// 座席按键转应用: agent 8001 (baresip 1001) sends the caller (SIPp) into a PIN-check flow; the caller keys the member
/// number and PIN into it, the agent's request answers with the flow's result (verified, not the PIN), and caller and
/// agent talk on until a force release.
/// </summary>
public sealed class TransferIntoFlowWithBaresipTests : IvrSippTest
{
    private const string Password = "Interop-Pass-PinFlow";
    private const string Caller = "13500135001";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly string _flows;

    public TransferIntoFlowWithBaresipTests()
    {
        // The shipped flows plus the PIN check the agent sends callers into.
        _flows = Directory.CreateDirectory(Path.Combine(Folder, "workflows")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "workflows"), "*.json"))
            File.Copy(file, Path.Combine(_flows, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(_flows, "pin-check.json"), PinCheckFlow);
    }

    protected override string[] ExtraSettings => [$"DemoData:ExtensionPassword={Password}", $"Workflows:Folder={_flows}"];

    [Fact]
    public async Task The_agent_sends_the_caller_into_a_PIN_check_and_gets_back_verified_without_the_PIN()
    {
        await using var agent = await BaresipPhone.StartAsync(Folder, "1001", Password, Udp, autoAnswer: true, toneHz: 1000);
        await agent.WaitRegisteredAsync(Wait);
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(45), ApiAddress);
        (await http.PostAsync("/api/v1/agents/8001/login", null)).EnsureSuccessStatusCode();

        // 0 for the operator; 8 s in — by then in the PIN check, whose prompts the keys cut short — member number and PIN.
        var calling = CallAsync("12345", Caller, PcapStep.Keys(100, "0"), PcapStep.Keys(8_000, "8800000001#1234#"), PcapStep.Tone(12_000, 45_000));
        await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait);
        var callId = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");

        var sent = await http.PostAsJsonAsync($"/api/v1/acd/calls/{callId}/transfer", new { target = "flow:pin-check" });
        var answer = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(sent.IsSuccessStatusCode, answer.ToString());
        // The flow's SetVariable renders a template: true as text or as a boolean, either is "verified".
        Assert.Equal("true", answer.GetProperty("data").GetProperty("result_verified").ToString().ToLowerInvariant());
        Assert.DoesNotContain("1234", answer.GetProperty("data").ToString());

        // Back with the agent: the call is listed again, and the agent's release ends it.
        var again = await LiveCallsApi.CallIdOfAgentAsync(http, "8001");
        Assert.Equal(callId, again);
        (await http.PostAsync($"/api/v1/acd/calls/{callId}/hangup", null)).EnsureSuccessStatusCode();
        await agent.Control.WaitForEventAsync("CALL_CLOSED", Wait);
        var run = await calling;

        AssertCallCompleted(run);
        var call = await CallFromApiAsync(run);
        Assert.Contains("pin-check/verify:Verified", call.Steps);
        Assert.Contains(call.Digits, d => d is { ActivityId: "pin", Digits: "****" });
        Assert.DoesNotContain(call.Digits, d => d.Digits.Contains("1234"));
    }

    private const string PinCheckFlow = """
    {
      "schemaVersion": 1, "id": "pin-check", "name": "PIN check (agent transfer)",
      "variables": [
        { "name": "call_id", "type": "String" }, { "name": "caller", "type": "String" }, { "name": "called", "type": "String" },
        { "name": "member", "type": "String" }, { "name": "pin", "type": "String" }, { "name": "result_verified", "type": "Boolean", "default": false }
      ],
      "root": {
        "activities": [
          { "id": "start", "type": "Start", "position": { "x": 0, "y": 0 } },
          { "id": "member", "type": "GatherDigits", "position": { "x": 150, "y": 0 },
            "properties": { "text": "请输入会员号，以井号键结束。", "maxDigits": 12, "terminator": "#", "firstDigitTimeout": 10, "digits": "member" } },
          { "id": "pin", "type": "GatherDigits", "position": { "x": 300, "y": 0 },
            "properties": { "text": "请输入密码，以井号键结束。", "maxDigits": 8, "terminator": "#", "firstDigitTimeout": 10, "digits": "pin" } },
          { "id": "verify", "type": "VerifyPin", "position": { "x": 450, "y": 0 },
            "properties": { "memberNumber": "{{ member }}", "pin": "{{ pin }}", "maxAttempts": 1 } },
          { "id": "yes", "type": "SetVariable", "position": { "x": 600, "y": 0 }, "properties": { "variable": "result_verified", "value": "{{ true }}" } }
        ],
        "connections": [
          { "source": "start", "outcome": "Done", "target": "member" },
          { "source": "member", "outcome": "Collected", "target": "pin" },
          { "source": "pin", "outcome": "Collected", "target": "verify" },
          { "source": "verify", "outcome": "Verified", "target": "yes" }
        ]
      }
    }
    """;
}
