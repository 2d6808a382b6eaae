using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>An answered call between two test phones: the INVITE the callee got, the 200 the caller got, both ACKed.</summary>
internal sealed record ConnectedCall(SipRequest CalleeInvite, SipResponse CallerOk)
{
    /// <summary>The tag we gave the caller's dialog.</summary>
    public string CallerToTag => CallerOk.To!.Tag!;

    /// <summary>1001 calls 1002, the callee rings then answers with <paramref name="calleeSdp"/> (its default SDP when null); both sides ACKed.</summary>
    public static async Task<ConnectedCall> ConnectAsync(B2buaServerFixture server, SipTestPeer caller, SipTestPeer callee, string? calleeSdp = null)
    {
        await caller.CallAsync(callee.User, caller.Sdp(), server.Passwords[caller.User]);
        var invite = await callee.RequestAsync(SipMethods.Invite);
        await callee.RespondAsync(invite, 180);
        await caller.ResponseAsync(r => r.StatusCode == 180);
        await callee.RespondAsync(invite, 200, sdp: calleeSdp ?? callee.Sdp("0 101"));
        var ok = await caller.FinalResponseAsync();
        Assert.Equal(200, ok.StatusCode);
        await caller.SendAsync(caller.Ack(ok.To!.Tag!));
        await callee.RequestAsync(SipMethods.Ack);
        return new ConnectedCall(invite, ok);
    }
}
