using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>Calls given up while ringing: by the ring timeout, by the caller's CANCEL, and the answers that cross a CANCEL.</summary>
public sealed class B2buaCancelTests : IAsyncLifetime
{
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<SipRequest> RingAsync(SipTestPeer caller, SipTestPeer callee)
    {
        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);
        var invite = await callee.RequestAsync(SipMethods.Invite);
        await callee.RespondAsync(invite, 180);
        await caller.ResponseAsync(r => r.StatusCode == 180);
        return invite;
    }

    /// <summary>The callee does what a phone does with our CANCEL: 200 to it, 487 to the INVITE (which we ACK).</summary>
    private static async Task<SipRequest> TakeCancelAsync(SipTestPeer callee, SipRequest invite)
    {
        var cancel = await callee.RequestAsync(SipMethods.Cancel);
        Assert.Equal((invite.CallId, invite.TopVia!.Branch, invite.CSeq!.Number), (cancel.CallId, cancel.TopVia!.Branch, cancel.CSeq!.Number));
        await callee.RespondAsync(cancel, 200);
        await callee.RespondAsync(invite, 487);
        await callee.RequestAsync(SipMethods.Ack);
        return cancel;
    }

    [Fact]
    public async Task When_the_callee_rings_past_the_ring_timeout_it_gets_CANCEL_and_the_caller_480()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var invite = await RingAsync(caller, callee);

        _server.Time.Advance(_server.Options.RingTimeout);

        await TakeCancelAsync(callee, invite);
        var refused = await caller.FinalResponseAsync();
        Assert.Equal(480, refused.StatusCode);
        await caller.SendAsync(caller.AckForFailure(refused));
        _server.AssertAllReleased();
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((480, HangupSide.Server, "no answer"), (record.StatusCode, record.HangupBy, record.Cause));
    }

    [Fact]
    public async Task Ringing_just_short_of_the_ring_timeout_is_not_cancelled()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var invite = await RingAsync(caller, callee);

        _server.Time.Advance(_server.Options.RingTimeout - TimeSpan.FromMilliseconds(1));
        await callee.RespondAsync(invite, 200, sdp: callee.Sdp("0 101"));

        Assert.Equal(200, (await caller.FinalResponseAsync()).StatusCode);
        Assert.False(callee.Received(m => m is SipRequest { Method: SipMethods.Cancel }));
    }

    [Fact]
    public async Task The_callers_CANCEL_while_ringing_gets_487_cancels_the_callee_and_records_the_caller()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var invite = await RingAsync(caller, callee);

        await caller.SendAsync(caller.Cancel());

        Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Cancel)).StatusCode);
        var cancelled = await caller.FinalResponseAsync();
        Assert.Equal(487, cancelled.StatusCode);
        await caller.SendAsync(caller.AckForFailure(cancelled));
        await TakeCancelAsync(callee, invite);
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((487, HangupSide.Caller, "the caller cancelled"), (record.StatusCode, record.HangupBy, record.Cause));
        _server.AssertAllReleased();
        Assert.Single(_server.Records.All);
    }

    [Fact]
    public async Task A_callee_200_that_crosses_our_CANCEL_is_acknowledged_and_hung_up_with_BYE()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var invite = await RingAsync(caller, callee);

        await caller.SendAsync(caller.Cancel());
        var cancel = await callee.RequestAsync(SipMethods.Cancel);
        // The callee answered before our CANCEL reached it: the CANCEL finds nothing to cancel.
        await callee.RespondAsync(invite, 200, sdp: callee.Sdp("0 101"));
        await callee.RespondAsync(cancel, 481);

        var ack = await callee.RequestAsync(SipMethods.Ack);
        var bye = await callee.RequestAsync(SipMethods.Bye);
        Assert.Equal((invite.CallId, callee.Tag), (ack.CallId, ack.To!.Tag));
        Assert.Equal((invite.CallId, invite.From!.Tag, callee.Tag), (bye.CallId, bye.From!.Tag, bye.To!.Tag));
        await callee.RespondAsync(bye, 200);
        Assert.Equal(487, (await caller.FinalResponseAsync()).StatusCode);
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((487, HangupSide.Caller), (record.StatusCode, record.HangupBy));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task A_CANCEL_that_crosses_our_200_to_the_caller_leaves_the_call_to_the_callers_ACK_and_BYE()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var invite = await RingAsync(caller, callee);
        await callee.RespondAsync(invite, 200, sdp: callee.Sdp("0 101"));
        var ok = await caller.FinalResponseAsync();

        // The caller had sent CANCEL before our 200 reached it: RFC 3261 §9.1, it ACKs and hangs up with BYE.
        await caller.SendAsync(caller.Cancel());
        Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Cancel)).StatusCode);
        await caller.SendAsync(caller.Ack(ok.To!.Tag!));
        await caller.SendAsync(caller.InDialog(SipMethods.Bye, "1002", ok.To.Tag!));

        Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Bye)).StatusCode);
        Assert.False(caller.Received(m => m is SipResponse { StatusCode: 487 }));
        var bye = await callee.RequestAsync(SipMethods.Bye);
        await callee.RespondAsync(bye, 200);
        _server.AssertAllReleased();
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal(HangupSide.Caller, record.HangupBy);
    }
}
