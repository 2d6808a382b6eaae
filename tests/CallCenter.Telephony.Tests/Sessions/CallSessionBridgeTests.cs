using System.Net;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions;

/// <summary>Two service calls bridged through their sessions: audio crosses, hold gives the held side the hold tone, either side's hang-up ends the bridge.</summary>
public sealed class CallSessionBridgeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Bridged_calls_hear_each_other_hold_plays_the_hold_tone_and_the_other_sides_hang_up_ends_the_bridge()
    {
        var second = new TaskCompletionSource<ICallSession>(TaskCreationOptions.RunContinuationsAsynchronously);
        var holdRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holdApplied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outcome = new TaskCompletionSource<BridgeOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var handler = new ScriptedCallHandler(async (call, ct) =>
        {
            await call.AnswerAsync(ct);
            if (Interlocked.Increment(ref calls) == 2)
            {
                second.SetResult(call);
                await Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => { });
                return;
            }
            var other = await second.Task.WaitAsync(ct);
            var bridging = call.BridgeAsync(other, ct: ct);
            await holdRequested.Task.WaitAsync(ct);
            await call.HoldAsync(true, ct);
            holdApplied.SetResult();
            outcome.SetResult(await bridging);
            await call.HangUpAsync("the agent left", ct: ct);
        });
        await using var server = new B2buaServerFixture(handler);
        using var first = server.Phone("13811112222");
        using var other = server.Phone("13833334444");
        var firstOk = await ConnectAsync(first);
        var otherOk = await ConnectAsync(other);

        // What the first caller says reaches the second (PCMU 0x10 survives decode and re-encode).
        var toFirst = SipTestPeer.MediaOf(firstOk.Body);
        var heard = Task.Run(async () =>
        {
            while (true)
                if ((await other.ReceiveRtpAsync()) is { PayloadType: 0, Fill: 0x10 }) return;
        });
        using (var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(20)))
        {
            for (ushort i = 0; !heard.IsCompleted && i < 200 && await pace.WaitForNextTickAsync(); i++)
                await first.SendRtpAsync(toFirst, 0, 0x10, sequence: i, timestamp: (uint)(i * 160));
        }
        await heard.WaitAsync(Wait);

        // On hold the first caller hears the hold tone although the second sends nothing.
        holdRequested.SetResult();
        await holdApplied.Task.WaitAsync(Wait);
        var tone = await first.ReceiveRtpAsync();
        Assert.Equal(0, tone.PayloadType);

        await other.SendAsync(other.InDialog(SipMethods.Bye, ScriptedCallHandler.Number, otherOk.To!.Tag!));
        var result = await outcome.Task.WaitAsync(Wait);
        Assert.Equal(BridgeEnd.OtherSideHungUp, result.End);
        var bye = await first.RequestAsync(SipMethods.Bye);
        await first.RespondAsync(bye, 200);
        var record = await server.Records.WaitForAsync(r => r.CallId == first.CallId);
        Assert.Equal("the agent left", record.Cause);
        server.AssertAllReleased();
    }

    private static async Task<SipResponse> ConnectAsync(SipTestPeer phone)
    {
        await phone.SendAsync(phone.Invite(ScriptedCallHandler.Number, phone.Sdp("0 101")));
        var ok = await phone.FinalResponseAsync();
        Assert.Equal(200, ok.StatusCode);
        await phone.SendAsync(phone.Ack(ok.To!.Tag!));
        return ok;
    }
}
