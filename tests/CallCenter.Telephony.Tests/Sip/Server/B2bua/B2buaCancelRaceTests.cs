using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>
/// The caller's CANCEL and the callee's 200 arriving together. Whichever the server handles first, the call
/// must end at once and leave nothing behind; before the fix, a CANCEL handled while the callee's answer was
/// being turned into our 200 got the caller a 487 while the callee leg and its RTP ports stayed up until the
/// missing-ACK timeout (32 s). The race is real timing, so it is run many times.
/// </summary>
public sealed class B2buaCancelRaceTests
{
    [Fact]
    public async Task A_CANCEL_handled_while_the_callees_answer_becomes_ours_gets_487_and_the_callee_is_hung_up_at_once()
    {
        await using var server = new B2buaServerFixture();
        using var caller = server.Phone("1001");
        using var callee = server.Phone("1002", register: true);
        await caller.CallAsync("1002", caller.Sdp(), server.Passwords["1001"]);
        var invite = await callee.RequestAsync(SipMethods.Invite);
        await callee.RespondAsync(invite, 180);
        await caller.ResponseAsync(r => r.StatusCode == 180);
        // Hold the B2BUA at the last step before its 200 to the caller (it starts the 200's retransmission timer)
        // until the caller's CANCEL has been answered: the CANCEL lands exactly in that gap.
        server.Time.BeforeNextTimer(() =>
        {
            caller.SendAsync(caller.Cancel()).Wait(B2buaServerFixture.Wait);
            caller.ResponseAsync(r => r.StatusCode == 487).Wait(B2buaServerFixture.Wait);
        });

        await callee.RespondAsync(invite, 200, sdp: callee.Sdp("0 101"));

        Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Cancel)).StatusCode);
        Assert.False(caller.Received(m => m is SipResponse { StatusCode: 200, CSeq.Method: SipMethods.Invite }));
        var bye = await callee.RequestAsync(SipMethods.Bye);
        Assert.Equal((invite.CallId, callee.Tag), (bye.CallId, bye.To!.Tag));
        await callee.RespondAsync(bye, 200);
        var record = await server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((487, HangupSide.Caller, "the caller cancelled"), (record.StatusCode, record.HangupBy, record.Cause));
        server.AssertAllReleased();
    }

    [Fact]
    public async Task A_CANCEL_racing_the_callees_answer_always_ends_both_legs_at_once()
    {
        for (var round = 0; round < 25; round++)
        {
            await using var server = new B2buaServerFixture();
            using var caller = server.Phone("1001");
            using var callee = server.Phone("1002", register: true);
            await caller.CallAsync("1002", caller.Sdp(), server.Passwords["1001"]);
            var invite = await callee.RequestAsync(SipMethods.Invite);
            await callee.RespondAsync(invite, 180);
            await caller.ResponseAsync(r => r.StatusCode == 180);

            await Task.WhenAll(callee.RespondAsync(invite, 200, sdp: callee.Sdp("0 101")), caller.SendAsync(caller.Cancel()));

            var final = await caller.FinalResponseAsync();
            if (final.StatusCode == 200)
            {
                // Our 200 won: the caller hangs up as RFC 3261 §9.1 says.
                await caller.SendAsync(caller.Ack(final.To!.Tag!));
                await caller.SendAsync(caller.InDialog(SipMethods.Bye, "1002", final.To.Tag!));
                Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Bye)).StatusCode);
            }
            else
            {
                Assert.Equal(487, final.StatusCode);
                await caller.SendAsync(caller.AckForFailure(final));
            }
            // Either way the callee's leg, answered, is hung up by us now, not after a timeout.
            var bye = await callee.RequestAsync(SipMethods.Bye);
            await callee.RespondAsync(bye, 200);
            var record = await server.Records.WaitForAsync(r => r.CallId == caller.CallId);
            Assert.Equal(HangupSide.Caller, record.HangupBy);
            server.AssertAllReleased();
            Assert.Single(server.Records.All);
        }
    }
}
