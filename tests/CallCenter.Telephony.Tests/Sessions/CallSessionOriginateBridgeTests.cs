using System.Net;
using System.Text;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>
/// An inbound service call bridged with a call the script originated to an extension (what "transfer to an extension"
/// and the ACD are built on): audio both ways, the caller's digits reaching an extension without telephone-event as
/// SIP INFO (RFC 4733 ones and INFO ones alike), and the extension's hang-up ending the bridge.
/// </summary>
public sealed class CallSessionOriginateBridgeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_caller_bridged_to_an_originated_call_talks_with_the_extension_whose_phone_gets_the_callers_digits_as_INFO()
    {
        var outcome = new TaskCompletionSource<BridgeOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        B2buaServerFixture server = null!;
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            await call.AnswerAsync(ct);
            var agent = await server.Telephony.OriginateAsync(new OriginateRequest("1002") { CallerId = call.Caller }, ct);
            Assert.True(agent.Answered, agent.Message);
            outcome.SetResult(await call.BridgeAsync(agent.Session!, ct: ct));
            await call.HangUpAsync("the agent hung up", ct: ct);
        });
        await using var fixture = new B2buaServerFixture(handler);
        server = fixture;
        using var caller = server.Phone("13800138000");
        using var agentPhone = server.Phone("1002", register: true);

        await caller.SendAsync(caller.Invite(ScriptedCallHandler.Number, caller.Sdp("0 101")));
        var ok = await caller.FinalResponseAsync();
        await caller.SendAsync(caller.Ack(ok.To!.Tag!));
        var invite = await agentPhone.RequestAsync(SipMethods.Invite);
        Assert.Equal("13800138000", invite.From!.Uri.User);
        // The agent's phone has no telephone-event: digits can reach it only by INFO.
        await agentPhone.RespondAsync(invite, 200, sdp: agentPhone.Sdp("0"));
        await agentPhone.RequestAsync(SipMethods.Ack);

        await TalkAsync(caller, SipTestPeer.MediaOf(ok.Body), agentPhone, fill: 0x10);
        await TalkAsync(agentPhone, SipTestPeer.MediaOf(invite.Body), caller, fill: 0x20);

        await SendRfc4733DigitAsync(caller, SipTestPeer.MediaOf(ok.Body), digit: 5);
        Assert.Equal("Signal=5", await InfoSignalAsync(agentPhone));
        await caller.SendAsync(caller.InDialog(SipMethods.Info, ScriptedCallHandler.Number, ok.To.Tag!, "application/dtmf-relay", "Signal=#\r\nDuration=160\r\n"));
        Assert.Equal("Signal=#", await InfoSignalAsync(agentPhone));

        await agentPhone.SendAsync(agentPhone.ByeFor(invite));
        Assert.Equal(BridgeEnd.OtherSideHungUp, (await outcome.Task.WaitAsync(Wait)).End);
        var bye = await caller.RequestAsync(SipMethods.Bye);
        await caller.RespondAsync(bye, 200);
        await handler.ScriptFinishedAsync();
        // Each leg's record is written once its media is released (the caller's only after our BYE's 200 came back).
        await server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        await server.Records.WaitForAsync(r => r.CallId == invite.CallId);
        server.AssertAllReleased();
    }

    // Speaks (paced PCMU frames of one value) until the listener hears that value.
    private static async Task TalkAsync(SipTestPeer speaker, IPEndPoint to, SipTestPeer listener, byte fill)
    {
        var heard = Task.Run(async () =>
        {
            while (true)
                if ((await listener.ReceiveRtpAsync()) is { PayloadType: 0 } packet && packet.Fill == fill) return;
        });
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        for (ushort i = 0; !heard.IsCompleted && i < 200 && await pace.WaitForNextTickAsync(); i++)
            await speaker.SendRtpAsync(to, 0, fill, sequence: i, timestamp: (uint)(i * 160));
        await heard.WaitAsync(Wait);
    }

    // An RFC 4733 event as a phone sends it: a start with the marker, then three ends, one RTP timestamp.
    private static async Task SendRfc4733DigitAsync(SipTestPeer phone, IPEndPoint to, byte digit)
    {
        for (var i = 0; i < 4; i++)
        {
            var end = i > 0;
            var duration = (ushort)(end ? 800 : 160);
            byte[] payload = [digit, (byte)((end ? 0x80 : 0) | 10), (byte)(duration >> 8), (byte)duration];
            var packet = new byte[12 + payload.Length];
            new RtpHeader(i == 0, 101, (ushort)(300 + i), 48_000, 0x1234).Write(payload, packet);
            await phone.Rtp.SendAsync(packet, to);
        }
    }

    private static async Task<string> InfoSignalAsync(SipTestPeer phone)
    {
        var info = await phone.RequestAsync(SipMethods.Info);
        await phone.RespondAsync(info, 200);
        Assert.Equal("application/dtmf-relay", info.ContentType);
        return Encoding.UTF8.GetString(info.Body.Span).Split("\r\n")[0];
    }
}
