using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>An answered call between extensions: what each phone sees, media both ways, and either side hanging up.</summary>
public sealed class B2buaAnsweredCallTests : IAsyncLifetime
{
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_callee_gets_our_INVITE_with_the_callers_user_and_only_the_agreed_codec_and_its_ringing_and_answer_reach_the_caller()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);

        await caller.CallAsync("1002", caller.Sdp("8 0 101"), _server.Passwords["1001"]);
        var invite = await callee.RequestAsync(SipMethods.Invite);

        Assert.Equal($"sip:1002@{callee.Local}", invite.RequestUri.Raw);
        Assert.Equal(("1001", "Caller 1001"), (invite.From!.Uri.User, invite.From.DisplayName));
        Assert.NotEqual(caller.CallId, invite.CallId);
        Assert.NotEqual(caller.Tag, invite.From.Tag);
        Assert.Empty(invite.ProxyAuthorizations);
        var offer = SdpParser.Parse(Encoding.UTF8.GetString(invite.Body.Span)).Description!;
        // The caller offered PCMA first: the callee is offered PCMA alone, plus DTMF under the caller's number.
        Assert.Equal(["8", "101"], offer.Media[0].Formats);
        Assert.NotEqual(caller.RtpPort, offer.Media[0].Port);

        await callee.RespondAsync(invite, 180);
        var ringing = await caller.ResponseAsync(r => r.StatusCode == 180);
        Assert.Equal(caller.CallId, ringing.CallId);
        await callee.RespondAsync(invite, 200, sdp: callee.Sdp("8 101"));
        var ok = await caller.FinalResponseAsync();

        Assert.Equal(200, ok.StatusCode);
        Assert.Equal(ringing.To!.Tag, ok.To!.Tag);
        var answer = SdpParser.Parse(Encoding.UTF8.GetString(ok.Body.Span)).Description!;
        Assert.Equal(["8", "101"], answer.Media[0].Formats);
        Assert.NotEqual(offer.Media[0].Port, answer.Media[0].Port);
        // We acknowledge the callee's 200 ourselves, before and whatever the caller does.
        var ack = await callee.RequestAsync(SipMethods.Ack);
        Assert.Equal((invite.CallId, 1L), (ack.CallId, ack.CSeq!.Number));
        await caller.SendAsync(caller.Ack(ok.To.Tag!));
        // The server reads datagrams in order: once an INFO sent after the ACK is answered, the ACK has been handled.
        await caller.SendAsync(caller.InDialog(SipMethods.Info, "1002", ok.To.Tag!));
        Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Info)).StatusCode);
        Assert.True(_server.Calls.All.Single().Acknowledged);
    }

    [Fact]
    public async Task RTP_crosses_both_ways_with_telephone_event_renumbered_for_a_callee_that_answered_another_number()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var call = await ConnectedCall.ConnectAsync(_server, caller, callee, calleeSdp: callee.Sdp("0 96", dtmf: 96));
        var toUsForCaller = SipTestPeer.MediaOf(call.CallerOk.Body);
        var toUsForCallee = SipTestPeer.MediaOf(call.CalleeInvite.Body);

        await caller.SendRtpAsync(toUsForCaller, 0, fill: 0x11);
        Assert.Equal((0, (byte)0x11), await callee.ReceiveRtpAsync());
        await callee.SendRtpAsync(toUsForCallee, 0, fill: 0x22);
        Assert.Equal((0, (byte)0x22), await caller.ReceiveRtpAsync());
        await caller.SendRtpAsync(toUsForCaller, 101, fill: 0x05);
        Assert.Equal((96, (byte)0x05), await callee.ReceiveRtpAsync());
        await callee.SendRtpAsync(toUsForCallee, 96, fill: 0x0B);
        Assert.Equal((101, (byte)0x0B), await caller.ReceiveRtpAsync());
    }

    [Fact]
    public async Task The_callers_BYE_hangs_up_the_callee_releases_both_port_pairs_and_records_the_caller_hanging_up()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var call = await ConnectedCall.ConnectAsync(_server, caller, callee);
        Assert.Equal((2, 1, 1), (_server.Ports.InUse, _server.Calls.Count, _server.Bridged.CalleeLegCount));

        await caller.SendAsync(caller.InDialog(SipMethods.Bye, "1002", call.CallerToTag));
        Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Bye)).StatusCode);
        var bye = await callee.RequestAsync(SipMethods.Bye);
        Assert.Equal((call.CalleeInvite.CallId, call.CalleeInvite.From!.Tag, callee.Tag), (bye.CallId, bye.From!.Tag, bye.To!.Tag));
        await callee.RespondAsync(bye, 200);

        _server.AssertAllReleased();
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((HangupSide.Caller, "the caller hung up", "sip:1001@callcenter", "sip:1002@callcenter"), (record.HangupBy, record.Cause, record.From, record.To));
        Assert.NotNull(record.AnsweredAt);
        Assert.Single(_server.Records.All);
    }

    [Fact]
    public async Task The_callees_BYE_hangs_up_the_caller_and_records_the_callee_hanging_up()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var call = await ConnectedCall.ConnectAsync(_server, caller, callee);

        await callee.SendAsync(callee.ByeFor(call.CalleeInvite));
        Assert.Equal(200, (await callee.FinalResponseAsync(SipMethods.Bye)).StatusCode);
        var bye = await caller.RequestAsync(SipMethods.Bye);
        Assert.Equal((caller.CallId, call.CallerToTag, caller.Tag), (bye.CallId, bye.From!.Tag, bye.To!.Tag));
        await caller.RespondAsync(bye, 200);

        _server.AssertAllReleased();
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((HangupSide.Callee, "the callee hung up"), (record.HangupBy, record.Cause));
        Assert.NotNull(record.AnsweredAt);
        // Nothing goes back to the callee: its leg is over.
        Assert.False(callee.Received(m => m is SipRequest { Method: SipMethods.Bye }));
    }
}
