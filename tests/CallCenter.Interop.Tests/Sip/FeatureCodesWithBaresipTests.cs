using System.Net.Http.Json;
using System.Text.Json;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>
/// Agent feature codes from a real phone against the real Portal: a baresip softphone registered as 1001 (agent 8001's
/// extension) dials <c>*70</c> and the ACD shows 8001 Ready, then <c>*73</c> and it shows NotReady "phone"; each call is
/// answered, confirmed and hung up by the server. An unauthenticated SIPp INVITE to <c>*70</c> gets 407 and changes nothing.
/// </summary>
public sealed class FeatureCodesWithBaresipTests : SipPortalTest
{
    private const string Password = "Interop-Pass-Codes";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    protected override string[] Settings => [$"DemoData:ExtensionPassword={Password}"];

    private async Task<JsonElement> AgentAsync(string number)
    {
        using var http = Portal.CreateClient();
        return await http.GetFromJsonAsync<JsonElement>($"/api/v1/acd/agents/{number}");
    }


    [Fact]
    public async Task Extension_1001_dials_star_70_then_star_73_and_agent_8001_is_Ready_then_NotReady_phone()
    {
        var phone = await BaresipPhone.StartAsync(Folder, "1001", Password, Udp, autoAnswer: false, toneHz: 600);
        await using (phone)
        {
            await phone.WaitRegisteredAsync(Wait);
            Assert.Equal("LoggedOut", (await AgentAsync("8001")).GetProperty("status").GetString());

            await phone.DialFeatureCodeAsync("*70", Udp, Wait);
            var ready = await AgentAsync("8001");
            Assert.Equal("Ready", ready.GetProperty("status").GetString());

            await phone.DialFeatureCodeAsync("*73", Udp, Wait);
            var paused = await AgentAsync("8001");
            Assert.Equal(("NotReady", "phone"), (paused.GetProperty("status").GetString(), paused.GetProperty("reason").GetString()));
            await Portal.WaitForOutputAsync("Feature code *73 from extension 1001: Done", Wait);
        }
    }

    [Fact]
    public async Task An_unauthenticated_INVITE_to_star_70_gets_407_and_the_agent_stays_logged_out()
    {
        var scenario = Path.Combine(Folder, "feature_code_unauthenticated.xml");
        await File.WriteAllTextAsync(scenario, Scenario);

        var run = await Sipp.RunAsync(Udp, scenario, "u1", "-key", "code", "*70", "-key", "caller", "1001");

        Assert.True(run.ExitCode == 0, $"SIPp failed ({run.ExitCode}):\n{run.Output}\n{run.Log}");
        Assert.Equal("LoggedOut", (await AgentAsync("8001")).GetProperty("status").GetString());
        Assert.DoesNotContain("Feature code *70", Portal.Output, StringComparison.Ordinal);
    }

    // INVITE without credentials from "1001" to the code: 407 expected, ACKed.
    private const string Scenario = """
        <?xml version="1.0" encoding="ISO-8859-1" ?>
        <!DOCTYPE scenario SYSTEM "sipp.dtd">
        <scenario name="Feature code without authentication">
          <send retrans="500">
            <![CDATA[
              INVITE sip:[code]@[remote_ip]:[remote_port] SIP/2.0
              Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
              From: <sip:[caller]@[remote_ip]:[remote_port]>;tag=[pid]SIPpTag[call_number]
              To: <sip:[code]@[remote_ip]:[remote_port]>
              Call-ID: [call_id]
              CSeq: 1 INVITE
              Contact: <sip:[caller]@[local_ip]:[local_port];transport=[transport]>
              Max-Forwards: 70
              User-Agent: SIPp interop
              Content-Type: application/sdp
              Content-Length: [len]

              v=0
              o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
              s=-
              c=IN IP[media_ip_type] [media_ip]
              t=0 0
              m=audio [media_port] RTP/AVP 0 101
              a=rtpmap:0 PCMU/8000
              a=rtpmap:101 telephone-event/8000
              a=sendrecv
            ]]>
          </send>
          <recv response="100" optional="true"/>
          <recv response="407"/>
          <send>
            <![CDATA[
              ACK sip:[code]@[remote_ip]:[remote_port] SIP/2.0
              [last_Via:]
              [last_From:]
              [last_To:]
              Call-ID: [call_id]
              CSeq: 1 ACK
              Max-Forwards: 70
              Content-Length: 0

            ]]>
          </send>
        </scenario>
        """;
}
