using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Forwarding;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>
/// ITelephony.OriginateAsync to an extension with forwarding rules: followed by default (every phone of the target rung
/// at once), ignored with <see cref="OriginateRequest.ApplyForwarding"/> false — what the ACD's offers to agents use.
/// </summary>
public sealed class OriginateForwardingTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_unconditionally_forwarded_extension_rings_every_phone_of_the_target_and_the_answer_is_the_call()
    {
        _server.Forwarding["1002"] = new ForwardingRules { Always = "1003" };
        using var dialled = _server.Phone("1002", register: true);
        using var desk = _server.Phone("1003", register: true);
        using var soft = _server.Phone("1003", register: true);

        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { CallerId = "4000" });
        var deskInvite = await desk.RequestAsync(SipMethods.Invite);
        var softInvite = await soft.RequestAsync(SipMethods.Invite);
        await soft.RespondAsync(softInvite, 180);
        await desk.RespondAsync(deskInvite, 200, sdp: desk.Sdp("0 101"));
        var result = await originating.WaitAsync(Wait);

        Assert.Equal(OriginateOutcome.Answered, result.Outcome);
        Assert.Equal((deskInvite.CallId, "1003"), (result.Session!.Id, deskInvite.To!.Uri.User));
        Assert.Equal(softInvite.CallId, (await soft.RequestAsync(SipMethods.Cancel)).CallId);
        Assert.False(dialled.Received(m => m is SipRequest { Method: SipMethods.Invite }));
        await result.Session.HangUpAsync();
    }

    [Fact]
    public async Task With_ApplyForwarding_false_the_extension_itself_rings_and_its_busy_is_the_result()
    {
        _server.Forwarding["1002"] = new ForwardingRules { Always = "1003", Busy = "1003" };
        using var dialled = _server.Phone("1002", register: true);
        using var target = _server.Phone("1003", register: true);

        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { ApplyForwarding = false });
        await dialled.RespondAsync(await dialled.RequestAsync(SipMethods.Invite), 486);
        var result = await originating.WaitAsync(Wait);

        Assert.Equal((OriginateOutcome.Rejected, 486), (result.Outcome, result.StatusCode));
        Assert.False(target.Received(m => m is SipRequest { Method: SipMethods.Invite }));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task A_busy_extension_forwards_to_its_busy_target_and_no_answer_there_is_the_result()
    {
        _server.Forwarding["1002"] = new ForwardingRules { Busy = "1003" };
        using var dialled = _server.Phone("1002", register: true);
        using var target = _server.Phone("1003", register: true);

        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002") { RingTimeout = TimeSpan.FromSeconds(25) });
        await dialled.RespondAsync(await dialled.RequestAsync(SipMethods.Invite), 600);
        var invite = await target.RequestAsync(SipMethods.Invite);
        await target.RespondAsync(invite, 180);
        _server.Time.Advance(TimeSpan.FromSeconds(25));
        var cancel = await target.RequestAsync(SipMethods.Cancel);
        await target.RespondAsync(cancel, 200);
        await target.RespondAsync(invite, 487);
        var result = await originating.WaitAsync(Wait);

        Assert.Equal(OriginateOutcome.NoAnswer, result.Outcome);
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task An_unregistered_extension_goes_to_follow_me_which_answers()
    {
        _server.Forwarding["1002"] = new ForwardingRules { FollowMe = [new FollowMeStep("1004", TimeSpan.FromSeconds(10))] };
        using var mobile = _server.Phone("1004", register: true);

        var originating = _server.Telephony.OriginateAsync(new OriginateRequest("1002"));
        var invite = await mobile.RequestAsync(SipMethods.Invite);
        await mobile.RespondAsync(invite, 200, sdp: mobile.Sdp("0 101"));
        var result = await originating.WaitAsync(Wait);

        Assert.Equal(OriginateOutcome.Answered, result.Outcome);
        await result.Session!.HangUpAsync();
    }

    [Fact]
    public async Task An_unregistered_extension_without_rules_is_still_NotRegistered()
    {
        var result = await _server.Telephony.OriginateAsync(new OriginateRequest("1002")).WaitAsync(Wait);

        Assert.Equal((OriginateOutcome.NotRegistered, 480), (result.Outcome, result.StatusCode));
    }
}
