using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sessions.Forwarding;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>
/// Calls between extensions under the callee's forwarding rules (呼叫前转, 一号通): who rings, in which order, after how long
/// (the B2BUA's clock is fake: ring times pass only when the test advances it), and what the caller finally hears.
/// </summary>
public sealed class B2buaForwardingTests : IAsyncLifetime
{
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>The phone does what a phone does with our CANCEL: 200 to it, 487 to the INVITE (which we ACK).</summary>
    private static async Task TakeCancelAsync(SipTestPeer phone, SipRequest invite)
    {
        var cancel = await phone.RequestAsync(SipMethods.Cancel);
        Assert.Equal(invite.CallId, cancel.CallId);
        await phone.RespondAsync(cancel, 200);
        await phone.RespondAsync(invite, 487);
        await phone.RequestAsync(SipMethods.Ack);
    }

    private static async Task<SipResponse> AnswerAsync(SipTestPeer caller, SipTestPeer phone, SipRequest invite)
    {
        await phone.RespondAsync(invite, 200, sdp: phone.Sdp("0 101"));
        var ok = await caller.FinalResponseAsync();
        Assert.Equal(200, ok.StatusCode);
        await caller.SendAsync(caller.Ack(ok.To!.Tag!));
        await phone.RequestAsync(SipMethods.Ack);
        return ok;
    }

    [Fact]
    public async Task Unconditional_forwarding_rings_the_target_instead_of_the_extension_and_tells_the_caller_181()
    {
        _server.Forwarding["1002"] = new ForwardingRules { Always = "1003" };
        using var caller = _server.Phone("1001");
        using var dialled = _server.Phone("1002", register: true);
        using var target = _server.Phone("1003", register: true);

        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);
        var invite = await target.RequestAsync(SipMethods.Invite);

        Assert.Equal(("1001", "1003"), (invite.From!.Uri.User, invite.To!.Uri.User));
        await caller.ResponseAsync(r => r.StatusCode == 181);
        var ok = await AnswerAsync(caller, target, invite);
        Assert.False(dialled.Received(m => m is SipRequest { Method: SipMethods.Invite }));
        await caller.SendAsync(caller.InDialog(SipMethods.Bye, "1002", ok.To!.Tag!));
        Assert.Equal(invite.CallId, (await target.RequestAsync(SipMethods.Bye)).CallId);
    }

    [Fact]
    public async Task A_busy_extension_forwards_to_its_busy_target_and_a_busy_target_gives_the_caller_486()
    {
        _server.Forwarding["1002"] = new ForwardingRules { Busy = "1003", NoAnswer = "1004" };
        using var caller = _server.Phone("1001");
        using var dialled = _server.Phone("1002", register: true);
        using var busyTarget = _server.Phone("1003", register: true);
        using var noAnswerTarget = _server.Phone("1004", register: true);

        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);
        await dialled.RespondAsync(await dialled.RequestAsync(SipMethods.Invite), 486);
        var forwarded = await busyTarget.RequestAsync(SipMethods.Invite);
        await busyTarget.RespondAsync(forwarded, 486);

        var refused = await caller.FinalResponseAsync();
        Assert.Equal(486, refused.StatusCode);
        await caller.SendAsync(caller.AckForFailure(refused));
        Assert.False(noAnswerTarget.Received(m => m is SipRequest { Method: SipMethods.Invite }));
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((486, HangupSide.Callee), (record.StatusCode, record.HangupBy));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task Busy_means_every_phone_of_the_extension_busy_while_one_phone_busy_and_one_ringing_is_not_yet_busy()
    {
        _server.Forwarding["1002"] = new ForwardingRules { Busy = "1003" };
        using var caller = _server.Phone("1001");
        using var desk = _server.Phone("1002", register: true);
        using var soft = _server.Phone("1002", register: true);
        using var target = _server.Phone("1003", register: true);

        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);
        var deskInvite = await desk.RequestAsync(SipMethods.Invite);
        var softInvite = await soft.RequestAsync(SipMethods.Invite);
        await desk.RespondAsync(deskInvite, 486);
        await soft.RespondAsync(softInvite, 180);
        await caller.ResponseAsync(r => r.StatusCode == 180);
        // The soft phone still rings: nothing is forwarded. It answers: the call is the extension's.
        await AnswerAsync(caller, soft, softInvite);
        Assert.False(target.Received(m => m is SipRequest { Method: SipMethods.Invite }));
    }

    [Fact]
    public async Task No_answer_within_its_seconds_cancels_the_extension_and_rings_the_no_answer_target()
    {
        _server.Forwarding["1002"] = new ForwardingRules { NoAnswer = "1003", NoAnswerTimeout = TimeSpan.FromSeconds(12) };
        using var caller = _server.Phone("1001");
        using var dialled = _server.Phone("1002", register: true);
        using var target = _server.Phone("1003", register: true);
        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);
        var invite = await dialled.RequestAsync(SipMethods.Invite);
        await dialled.RespondAsync(invite, 180);
        await caller.ResponseAsync(r => r.StatusCode == 180);

        _server.Time.Advance(TimeSpan.FromSeconds(11));
        Assert.False(dialled.Received(m => m is SipRequest { Method: SipMethods.Cancel }));
        _server.Time.Advance(TimeSpan.FromSeconds(1));

        await TakeCancelAsync(dialled, invite);
        var forwarded = await target.RequestAsync(SipMethods.Invite);
        await caller.ResponseAsync(r => r.StatusCode == 181);
        await AnswerAsync(caller, target, forwarded);
    }

    [Fact]
    public async Task An_extension_with_no_registered_phone_counts_as_not_reachable_and_goes_to_the_no_answer_target()
    {
        _server.Forwarding["1002"] = new ForwardingRules { NoAnswer = "1003" };
        using var caller = _server.Phone("1001");
        using var target = _server.Phone("1003", register: true);

        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);

        var forwarded = await target.RequestAsync(SipMethods.Invite);
        await AnswerAsync(caller, target, forwarded);
    }

    [Fact]
    public async Task Follow_me_rings_the_extension_then_each_number_in_turn_for_its_own_time_and_the_caller_gets_480_after_the_last()
    {
        _server.Forwarding["1002"] = new ForwardingRules
        {
            NoAnswerTimeout = TimeSpan.FromSeconds(10),
            FollowMe = [new FollowMeStep("1003", TimeSpan.FromSeconds(15)), new FollowMeStep("1004", TimeSpan.FromSeconds(5))],
        };
        using var caller = _server.Phone("1001");
        using var dialled = _server.Phone("1002", register: true);
        using var first = _server.Phone("1003", register: true);
        using var second = _server.Phone("1004", register: true);
        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);

        var invite = await dialled.RequestAsync(SipMethods.Invite);
        await dialled.RespondAsync(invite, 180);
        _server.Time.Advance(TimeSpan.FromSeconds(10));
        await TakeCancelAsync(dialled, invite);

        invite = await first.RequestAsync(SipMethods.Invite);
        await first.RespondAsync(invite, 180);
        _server.Time.Advance(TimeSpan.FromSeconds(14));
        Assert.False(first.Received(m => m is SipRequest { Method: SipMethods.Cancel }));
        Assert.False(second.Received(m => m is SipRequest { Method: SipMethods.Invite }));
        _server.Time.Advance(TimeSpan.FromSeconds(1));
        await TakeCancelAsync(first, invite);

        invite = await second.RequestAsync(SipMethods.Invite);
        await second.RespondAsync(invite, 180);
        _server.Time.Advance(TimeSpan.FromSeconds(5));
        await TakeCancelAsync(second, invite);

        var refused = await caller.FinalResponseAsync();
        Assert.Equal(480, refused.StatusCode);
        await caller.SendAsync(caller.AckForFailure(refused));
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((480, "no answer"), (record.StatusCode, record.Cause));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task Follow_me_skips_a_number_that_cannot_be_rung_and_the_next_one_answers()
    {
        _server.Forwarding["1002"] = new ForwardingRules
        {
            FollowMe = [new FollowMeStep("1003", TimeSpan.FromSeconds(15)), new FollowMeStep("1004", TimeSpan.FromSeconds(15))],
        };
        using var caller = _server.Phone("1001");
        using var dialled = _server.Phone("1002", register: true);
        using var last = _server.Phone("1004", register: true);
        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);

        // Declined at the desk: not busy, so follow-me goes on (1003 has no phone registered, 1004 answers).
        await dialled.RespondAsync(await dialled.RequestAsync(SipMethods.Invite), 603);
        var invite = await last.RequestAsync(SipMethods.Invite);

        await AnswerAsync(caller, last, invite);
    }

    [Fact]
    public async Task Without_rules_an_unanswered_extension_still_gets_the_ring_timeout_and_480()
    {
        using var caller = _server.Phone("1001");
        using var dialled = _server.Phone("1002", register: true);
        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);
        var invite = await dialled.RequestAsync(SipMethods.Invite);
        await dialled.RespondAsync(invite, 180);

        _server.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.False(dialled.Received(m => m is SipRequest { Method: SipMethods.Cancel }));
        _server.Time.Advance(_server.Options.RingTimeout - TimeSpan.FromSeconds(20));

        await TakeCancelAsync(dialled, invite);
        Assert.Equal(480, (await caller.FinalResponseAsync()).StatusCode);
    }
}
