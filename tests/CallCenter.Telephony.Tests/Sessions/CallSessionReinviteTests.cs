using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>
/// Hold and unhold by re-INVITE (RFC 3264 §8.4) in answered calls, over the wire: the answer's direction and o= version,
/// our RTP stopping while held and resuming (at a new address when the phone moved) — for call sessions and the *45 test.
/// </summary>
public sealed class CallSessionReinviteTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static AudioPrompt LongPrompt() =>
        new(Enumerable.Range(0, 80_000).Select(i => (short)(i / 20 % 2 == 0 ? 8000 : -8000)).ToArray(), "long");

    [Fact]
    public async Task A_service_call_held_by_re_INVITE_answers_recvonly_stops_sending_and_resumes_at_the_phones_new_port_on_unhold()
    {
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            await call.AnswerAsync(ct);
            await call.PlayAsync([LongPrompt()], bargeIn: false, ct);
        });
        await using var server = new B2buaServerFixture(handler);
        using var phone = server.Phone("13800138000");
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp("0 101")));
        var ok = await phone.FinalResponseAsync();
        var tag = ok.To!.Tag!;
        await phone.SendAsync(phone.Ack(tag));
        Assert.Equal(0, (await phone.ReceiveRtpAsync()).PayloadType);

        var held = await ReinviteAsync(phone, tag, phone.SdpWith("sendonly", phone.RtpPort));
        Assert.Equal((SdpDirection.RecvOnly, Origin(ok).SessionVersion + 1), (held.DirectionOf(held.Media[0]), held.Origin.SessionVersion));
        Assert.Equal(Origin(ok).SessionId, held.Origin.SessionId);
        Assert.Equal(SipTestPeer.MediaOf(ok.Body).Port, held.Media[0].Port);
        Assert.True(await phone.RtpStopsAsync(Quiet, Wait), "RTP kept coming while held");

        // The same offer again changes nothing of ours: same version.
        Assert.Equal(held.Origin.SessionVersion, (await ReinviteAsync(phone, tag, phone.SdpWith("sendonly", phone.RtpPort))).Origin.SessionVersion);

        using var moved = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var unheld = await ReinviteAsync(phone, tag, phone.SdpWith("sendrecv", ((IPEndPoint)moved.Client.LocalEndPoint!).Port));
        Assert.Equal((SdpDirection.SendRecv, held.Origin.SessionVersion + 1), (unheld.DirectionOf(unheld.Media[0]), unheld.Origin.SessionVersion));
        var resumed = await moved.ReceiveAsync().WaitAsync(Wait);
        Assert.True(resumed.Buffer.Length > 12);
    }

    [Fact]
    public async Task The_hold_test_service_answers_an_inactive_re_INVITE_with_inactive_and_its_tone_stops_until_unhold()
    {
        await using var server = new B2buaServerFixture();
        using var phone = server.Phone("1001");
        await phone.SendAsync(phone.Invite("*45", phone.Sdp("0 101")));
        var ok = await phone.FinalResponseAsync();
        Assert.Equal(200, ok.StatusCode);
        var tag = ok.To!.Tag!;
        await phone.SendAsync(phone.Ack(tag));
        await phone.ReceiveRtpAsync();

        var held = await ReinviteAsync(phone, tag, phone.SdpWith("inactive", phone.RtpPort), "*45");
        Assert.Equal(SdpDirection.Inactive, held.DirectionOf(held.Media[0]));
        Assert.True(await phone.RtpStopsAsync(Quiet, Wait), "the tone kept coming while held");

        Assert.Equal(SdpDirection.SendRecv, await DirectionAsync(ReinviteAsync(phone, tag, phone.SdpWith("sendrecv", phone.RtpPort), "*45")));
        Assert.Equal(0, (await phone.ReceiveRtpAsync()).PayloadType);
    }

    private static async Task<SdpSessionDescription> ReinviteAsync(SipTestPeer phone, string tag, string sdp, string number = ScriptedCallHandler.Number)
    {
        await phone.SendAsync(phone.InDialog(SipMethods.Invite, number, tag, "application/sdp", sdp));
        var ok = await phone.FinalResponseAsync();
        Assert.Equal(200, ok.StatusCode);
        await phone.SendAsync(phone.Ack(tag));
        return SdpParser.Parse(Encoding.UTF8.GetString(ok.Body.Span)).Description!;
    }

    private static async Task<SdpDirection> DirectionAsync(Task<SdpSessionDescription> answer)
    {
        var sdp = await answer;
        return sdp.DirectionOf(sdp.Media[0]);
    }

    private static SdpOrigin Origin(SipResponse ok) => SdpParser.Parse(Encoding.UTF8.GetString(ok.Body.Span)).Description!.Origin;
}
