using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Input;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>
/// ITelephony.OriginateAsync over the real stack on loopback, a test phone as the called party: the INVITE it
/// gets, the typed result for each way a call can go, media both ways, and either side ending the call.
/// </summary>
public sealed class OriginateTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static AudioPrompt LongPrompt() =>
        new(Enumerable.Range(0, 80_000).Select(i => (short)(i / 20 % 2 == 0 ? 8000 : -8000)).ToArray(), "long");

    [Fact]
    public async Task A_call_to_an_extension_rings_its_binding_with_our_caller_id_and_once_answered_carries_audio_both_ways_until_the_phone_hangs_up()
    {
        using var phone = _server.Phone("1002", register: true);
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { CallerId = "4000", CallerName = "Support" });

        var invite = await phone.RequestAsync(SipMethods.Invite);
        Assert.Equal($"sip:1002@{phone.Local}", invite.RequestUri.Raw);
        Assert.Equal(("4000", "Support", "1002"), (invite.From!.Uri.User, invite.From.DisplayName, invite.To!.Uri.User));
        await phone.RespondAsync(invite, 180);
        await phone.RespondAsync(invite, 200, sdp: phone.Sdp("0 101"));
        var result = await originating.WaitAsync(Wait);

        Assert.Equal((OriginateOutcome.Answered, 200), (result.Outcome, result.StatusCode));
        var call = result.Session!;
        Assert.Equal((CallDirection.Outbound, "4000", "1002", CallSessionState.Answered), (call.Direction, call.Caller, call.Called, call.State));
        Assert.Equal(invite.CallId, call.Id);
        Assert.Contains(call, _server.Telephony.Calls);
        Assert.Equal(invite.CallId, (await phone.RequestAsync(SipMethods.Ack)).CallId);

        // We play to the phone; what the phone says reaches our session.
        var playing = call.PlayAsync([LongPrompt()], bargeIn: false);
        Assert.Equal(0, (await phone.ReceiveRtpAsync()).PayloadType);
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ((SipCallSession)call).Rtp!.AudioReceived += _ => heard.TrySetResult();
        var toUs = SipTestPeer.MediaOf(invite.Body);
        for (ushort i = 0; i < 5; i++) await phone.SendRtpAsync(toUs, 0, 0x10, sequence: i, timestamp: (uint)(i * 160));
        await heard.Task.WaitAsync(Wait);

        var hungUp = new TaskCompletionSource<HangupInfo>(TaskCreationOptions.RunContinuationsAsynchronously);
        call.HungUp += (_, info) => hungUp.TrySetResult(info);
        await phone.SendAsync(phone.ByeFor(invite));

        Assert.Equal(200, (await phone.FinalResponseAsync(SipMethods.Bye)).StatusCode);
        Assert.Equal(HangupSide.Callee, (await hungUp.Task.WaitAsync(Wait)).Side);
        Assert.Equal(PlayOutcome.HungUp, await playing.WaitAsync(Wait));
        var record = await _server.Records.WaitForAsync(r => r.CallId == invite.CallId);
        Assert.Equal((HangupSide.Callee, "the callee hung up", $"sip:4000@{B2buaServerFixture.Realm}"), (record.HangupBy, record.Cause, record.From));
        Assert.NotNull(record.AnsweredAt);
        Assert.Empty(_server.Telephony.Calls);
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task An_extension_registered_from_two_phones_rings_both_the_first_to_answer_takes_the_call_and_the_other_is_cancelled()
    {
        using var desk = _server.Phone("1002", register: true);
        using var soft = _server.Phone("1002", register: true);
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { CallerId = "4000" });

        var deskInvite = await desk.RequestAsync(SipMethods.Invite);
        var softInvite = await soft.RequestAsync(SipMethods.Invite);
        await desk.RespondAsync(deskInvite, 180);
        await soft.RespondAsync(softInvite, 180);
        await soft.RespondAsync(softInvite, 200, sdp: soft.Sdp("0 101"));
        var result = await originating.WaitAsync(Wait);

        Assert.Equal(OriginateOutcome.Answered, result.Outcome);
        Assert.Equal(softInvite.CallId, result.Session!.Id);
        var cancel = await desk.RequestAsync(SipMethods.Cancel);
        Assert.Equal(deskInvite.CallId, cancel.CallId);
        await desk.RespondAsync(cancel, 200);
        await desk.RespondAsync(deskInvite, 487);
        Assert.Equal(deskInvite.CallId, (await desk.RequestAsync(SipMethods.Ack)).CallId);

        await result.Session.HangUpAsync();
        Assert.Equal(softInvite.CallId, (await soft.RequestAsync(SipMethods.Bye)).CallId);
        await _server.Records.WaitForAsync(r => r.CallId == softInvite.CallId);
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task A_phone_hanging_up_the_moment_it_answers_ends_the_originated_call_instead_of_getting_481()
    {
        using var phone = _server.Phone("1002", register: true);
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { CallerId = "4000" });

        var invite = await phone.RequestAsync(SipMethods.Invite);
        await phone.RespondAsync(invite, 200, sdp: phone.Sdp("0 101"));
        // The BYE goes out with the 200, before our ACK and our set-up of the call.
        await phone.SendAsync(phone.ByeFor(invite));

        Assert.Equal(200, (await phone.FinalResponseAsync(SipMethods.Bye)).StatusCode);
        var result = await originating.WaitAsync(Wait);
        if (result.Session is { } call) await Task.Delay(Timeout.Infinite, call.Ended).ContinueWith(_ => { }).WaitAsync(Wait);
        Assert.Empty(_server.Telephony.Calls);
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task When_every_phone_of_an_extension_declines_the_result_is_busy_if_one_was_busy()
    {
        using var desk = _server.Phone("1002", register: true);
        using var soft = _server.Phone("1002", register: true);
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { CallerId = "4000" });

        await soft.RespondAsync(await soft.RequestAsync(SipMethods.Invite), 480);
        await desk.RespondAsync(await desk.RequestAsync(SipMethods.Invite), 486);
        var result = await originating.WaitAsync(Wait);

        Assert.Equal((OriginateOutcome.Rejected, 486), (result.Outcome, result.StatusCode));
        Assert.Null(result.Session);
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task A_second_phone_answering_after_the_first_won_is_hung_up()
    {
        using var desk = _server.Phone("1002", register: true);
        using var soft = _server.Phone("1002", register: true);
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { CallerId = "4000" });

        var deskInvite = await desk.RequestAsync(SipMethods.Invite);
        var softInvite = await soft.RequestAsync(SipMethods.Invite);
        // Both answer before any CANCEL can reach them.
        await desk.RespondAsync(deskInvite, 200, sdp: desk.Sdp("0 101"));
        await soft.RespondAsync(softInvite, 200, sdp: soft.Sdp("0 101"));
        var result = await originating.WaitAsync(Wait);

        Assert.Equal(OriginateOutcome.Answered, result.Outcome);
        var (winner, loser) = result.Session!.Id == deskInvite.CallId ? (desk, soft) : (soft, desk);
        var loserInvite = loser == desk ? deskInvite : softInvite;
        var bye = await loser.RequestAsync(SipMethods.Bye);
        Assert.Equal(loserInvite.CallId, bye.CallId);
        Assert.False(winner.Received(m => m is SipRequest { Method: SipMethods.Bye }), "the phone that won keeps its call");
        await result.Session.HangUpAsync();
        await winner.RequestAsync(SipMethods.Bye);
    }

    [Fact]
    public async Task An_originated_call_takes_the_phones_INFO_digits_and_our_hang_up_is_a_BYE_in_its_dialog()
    {
        using var phone = _server.Phone("1002", register: true);
        var (call, invite) = await AnsweredAsync(phone);
        var collecting = call.CollectDigitsAsync(new DigitCollectionOptions { MaxDigits = 2 });

        foreach (var digit in "42")
        {
            await phone.SendAsync(phone.InDialogOf(invite, SipMethods.Info, "application/dtmf-relay", $"Signal={digit}\r\nDuration=160\r\n"));
            Assert.Equal(200, (await phone.FinalResponseAsync(SipMethods.Info)).StatusCode);
        }
        Assert.Equal("42", (await collecting.WaitAsync(Wait)).Digits);

        await call.HangUpAsync("campaign done");

        var bye = await phone.RequestAsync(SipMethods.Bye);
        Assert.Equal((invite.CallId, invite.From!.Tag, phone.Tag), (bye.CallId, bye.From!.Tag, bye.To!.Tag));
        Assert.Equal($"sip:1002@{phone.Local}", bye.RequestUri.Raw);
        await phone.RespondAsync(bye, 200);
        Assert.Equal(new HangupInfo(HangupSide.Server, "campaign done"), call.Hangup);
        var record = await _server.Records.WaitForAsync(r => r.CallId == invite.CallId);
        Assert.Equal((HangupSide.Server, "campaign done"), (record.HangupBy, record.Cause));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task A_busy_extension_gives_Rejected_with_486_and_releases_the_ports()
    {
        using var phone = _server.Phone("1002", register: true);
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002"));
        var invite = await phone.RequestAsync(SipMethods.Invite);

        await phone.RespondAsync(invite, 486);

        var result = await originating.WaitAsync(Wait);
        Assert.Equal((OriginateOutcome.Rejected, 486, (ICallSession?)null), (result.Outcome, result.StatusCode, result.Session));
        Assert.Equal(invite.CallId, (await phone.RequestAsync(SipMethods.Ack)).CallId);
        var record = await _server.Records.WaitForAsync(r => r.CallId == invite.CallId);
        Assert.Equal((HangupSide.Callee, 486, (DateTimeOffset?)null), (record.HangupBy, record.StatusCode, record.AnsweredAt));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task A_call_ringing_past_the_ring_timeout_is_cancelled_and_gives_NoAnswer()
    {
        using var phone = _server.Phone("1002", register: true);
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { RingTimeout = TimeSpan.FromSeconds(20) });
        var invite = await phone.RequestAsync(SipMethods.Invite);
        await phone.RespondAsync(invite, 180);
        _server.Time.Advance(TimeSpan.FromSeconds(19));
        Assert.False(originating.IsCompleted);

        _server.Time.Advance(TimeSpan.FromSeconds(1));

        var cancel = await phone.RequestAsync(SipMethods.Cancel);
        Assert.Equal((invite.CallId, invite.CSeq!.Number), (cancel.CallId, cancel.CSeq!.Number));
        await phone.RespondAsync(cancel, 200);
        await phone.RespondAsync(invite, 487);
        var result = await originating.WaitAsync(Wait);
        Assert.Equal((OriginateOutcome.NoAnswer, 487), (result.Outcome, result.StatusCode));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task Cancelling_the_originate_sends_CANCEL_and_gives_Cancelled()
    {
        using var phone = _server.Phone("1002", register: true);
        using var abandon = new CancellationTokenSource();
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002"), abandon.Token);
        var invite = await phone.RequestAsync(SipMethods.Invite);
        await phone.RespondAsync(invite, 180);

        await abandon.CancelAsync();

        var cancel = await phone.RequestAsync(SipMethods.Cancel);
        await phone.RespondAsync(cancel, 200);
        await phone.RespondAsync(invite, 487);
        Assert.Equal(OriginateOutcome.Cancelled, (await originating.WaitAsync(Wait)).Outcome);
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task An_extension_without_a_registration_gives_NotRegistered_and_a_trunk_URI_is_called_directly()
    {
        var unregistered = await _server.Telephony.OriginateAsync(new OriginateRequest("1003"));
        Assert.Equal(OriginateOutcome.NotRegistered, unregistered.Outcome);
        _server.AssertAllReleased();

        using var gateway = _server.Phone("gateway");
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest($"sip:13800138000@{gateway.Local}") { CallerId = "95555" });
        var invite = await gateway.RequestAsync(SipMethods.Invite);
        Assert.Equal(($"sip:13800138000@{gateway.Local}", "95555"), (invite.RequestUri.Raw, invite.From!.Uri.User));
        await gateway.RespondAsync(invite, 603);
        Assert.Equal((OriginateOutcome.Rejected, 603), ((await originating.WaitAsync(Wait)).Outcome, (await originating).StatusCode));
    }

    [Fact]
    public async Task The_called_phone_holding_by_re_INVITE_gets_recvonly_and_our_RTP_stops_until_it_resumes()
    {
        using var phone = _server.Phone("1002", register: true);
        var (call, invite) = await AnsweredAsync(phone);
        _ = call.PlayAsync([LongPrompt()], bargeIn: false);
        await phone.ReceiveRtpAsync();

        await phone.SendAsync(phone.InDialogOf(invite, SipMethods.Invite, "application/sdp", phone.SdpWith("sendonly", phone.RtpPort)));

        var held = await phone.FinalResponseAsync();
        Assert.Equal(200, held.StatusCode);
        Assert.Contains("a=recvonly", Encoding.UTF8.GetString(held.Body.Span));
        Assert.True(await phone.RtpStopsAsync(TimeSpan.FromMilliseconds(300), Wait), "RTP kept coming after the hold");
        await phone.SendAsync(phone.InDialogOf(invite, SipMethods.Invite, "application/sdp", phone.SdpWith("sendrecv", phone.RtpPort)));
        Assert.Contains("a=sendrecv", Encoding.UTF8.GetString((await phone.FinalResponseAsync()).Body.Span));
        Assert.Equal(0, (await phone.ReceiveRtpAsync()).PayloadType);
    }

    private async Task<(ICallSession Call, SipRequest Invite)> AnsweredAsync(SipTestPeer phone)
    {
        var originating = _server.Telephony.OriginateAsync(new OriginateRequest(phone.User));
        var invite = await phone.RequestAsync(SipMethods.Invite);
        await phone.RespondAsync(invite, 200, sdp: phone.Sdp("0 101"));
        var result = await originating.WaitAsync(Wait);
        Assert.True(result.Answered, result.Message);
        await phone.RequestAsync(SipMethods.Ack);
        return (result.Session!, invite);
    }
}
