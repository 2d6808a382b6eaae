using System.Text;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>SIP INFO in calls between extensions: DTMF INFO passes to the other leg unchanged; INFO outside a call is refused.</summary>
public sealed class B2buaInfoTests : IAsyncLifetime
{
    private const string Digit = "Signal=5\r\nDuration=160\r\n";
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_DTMF_INFO_from_the_caller_reaches_the_callee_in_its_dialog_with_the_same_body()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var call = await ConnectedCall.ConnectAsync(_server, caller, callee);

        await caller.SendAsync(caller.InDialog(SipMethods.Info, "1002", call.CallerToTag, "application/dtmf-relay", Digit));

        Assert.Equal(200, (await caller.FinalResponseAsync(SipMethods.Info)).StatusCode);
        var info = await callee.RequestAsync(SipMethods.Info);
        Assert.Equal((call.CalleeInvite.CallId, call.CalleeInvite.From!.Tag, callee.Tag), (info.CallId, info.From!.Tag, info.To!.Tag));
        Assert.True(info.CSeq!.Number > call.CalleeInvite.CSeq!.Number);
        Assert.Equal("application/dtmf-relay", info.ContentType);
        Assert.Equal(Digit, Encoding.UTF8.GetString(info.Body.Span));
        await callee.RespondAsync(info, 200);
    }

    [Fact]
    public async Task A_DTMF_INFO_from_the_callee_reaches_the_caller()
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        var call = await ConnectedCall.ConnectAsync(_server, caller, callee);
        var info = callee.ByeFor(call.CalleeInvite);
        info.Method = SipMethods.Info;
        info.Headers.Remove(SipHeaderNames.CSeq);
        info.Headers.Add(SipHeaderNames.CSeq, "2 INFO");
        info.Headers.Add(SipHeaderNames.ContentType, "application/dtmf-relay");
        info.Body = Encoding.UTF8.GetBytes(Digit);

        await callee.SendAsync(info);

        Assert.Equal(200, (await callee.FinalResponseAsync(SipMethods.Info)).StatusCode);
        var relayed = await caller.RequestAsync(SipMethods.Info);
        Assert.Equal((caller.CallId, call.CallerToTag), (relayed.CallId, relayed.From!.Tag));
        Assert.Equal(Digit, Encoding.UTF8.GetString(relayed.Body.Span));
        await caller.RespondAsync(relayed, 200);
    }

    [Fact]
    public async Task An_INFO_outside_any_call_gets_481_and_goes_nowhere()
    {
        using var stranger = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);

        await stranger.SendAsync(stranger.InDialog(SipMethods.Info, "1002", "no-such-dialog", "application/dtmf-relay", Digit));

        Assert.Equal(481, (await stranger.FinalResponseAsync(SipMethods.Info)).StatusCode);
        Assert.False(callee.Received(_ => true));
    }
}
