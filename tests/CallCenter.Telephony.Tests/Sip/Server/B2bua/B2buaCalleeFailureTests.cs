using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>Calls the callee does not take: busy, declined, not registered. The caller hears why; the record says who.</summary>
public sealed class B2buaCalleeFailureTests : IAsyncLifetime
{
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(486, 486)]
    [InlineData(603, 603)]
    [InlineData(404, 480)]
    public async Task The_callees_refusal_reaches_the_caller_as_its_code_and_the_record_names_the_callee(int calleeCode, int callerCode)
    {
        using var caller = _server.Phone("1001");
        using var callee = _server.Phone("1002", register: true);
        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1001"]);
        var invite = await callee.RequestAsync(SipMethods.Invite);
        await callee.RespondAsync(invite, 180);
        await caller.ResponseAsync(r => r.StatusCode == 180);

        await callee.RespondAsync(invite, calleeCode);

        // Our INVITE client transaction acknowledges the failure, with the INVITE's branch.
        var ack = await callee.RequestAsync(SipMethods.Ack);
        Assert.Equal(invite.TopVia!.Branch, ack.TopVia!.Branch);
        var refused = await caller.FinalResponseAsync();
        Assert.Equal(callerCode, refused.StatusCode);
        await caller.SendAsync(caller.AckForFailure(refused));
        _server.AssertAllReleased();
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((callerCode, HangupSide.Callee, $"the callee answered {calleeCode}", (DateTimeOffset?)null),
            (record.StatusCode, record.HangupBy, record.Cause, record.AnsweredAt));
    }

    [Fact]
    public async Task A_known_extension_that_is_not_registered_gets_480_and_a_record()
    {
        using var caller = _server.Phone("1001");

        await caller.CallAsync("1003", caller.Sdp(), _server.Passwords["1001"]);

        var refused = await caller.FinalResponseAsync();
        Assert.Equal(480, refused.StatusCode);
        _server.AssertAllReleased();
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((480, HangupSide.Server, "the extension is not registered"), (record.StatusCode, record.HangupBy, record.Cause));
    }
}
