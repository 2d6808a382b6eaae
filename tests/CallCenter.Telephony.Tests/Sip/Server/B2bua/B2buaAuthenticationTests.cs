using CallCenter.Telephony.Calls;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>
/// Who may call an extension: only an extension, authenticated (407 Proxy-Authenticate) as the user in
/// its From. An outsider learns nothing about which numbers exist; the callee's phone never rings for a refused call.
/// </summary>
public sealed class B2buaAuthenticationTests : IAsyncLifetime
{
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_unauthenticated_INVITE_gets_the_same_407_for_an_extension_and_for_a_number_that_does_not_exist()
    {
        using var callee = _server.Phone("1002", register: true);
        using var toExtension = _server.Phone("1001");
        using var toNowhere = _server.Phone("1001");

        await toExtension.SendAsync(toExtension.Invite("1002", toExtension.Sdp()));
        await toNowhere.SendAsync(toNowhere.Invite("7777", toNowhere.Sdp()));
        var a = await toExtension.FinalResponseAsync();
        var b = await toNowhere.FinalResponseAsync();

        Assert.Equal((407, 407), (a.StatusCode, b.StatusCode));
        Assert.Equal(a.ReasonPhrase, b.ReasonPhrase);
        var (challengeA, challengeB) = (a.ProxyAuthenticates.Single(), b.ProxyAuthenticates.Single());
        Assert.Equal((B2buaServerFixture.Realm, "MD5", "auth"), (challengeA["realm"], challengeA["algorithm"], challengeA["qop"]));
        Assert.Equal((challengeA["realm"], challengeA["algorithm"], challengeA["qop"]), (challengeB["realm"], challengeB["algorithm"], challengeB["qop"]));
        Assert.Equal(a.Headers.Select(h => h.Name).Order(), b.Headers.Select(h => h.Name).Order());
        Assert.False(callee.Received(m => m is CallCenter.Telephony.Sip.Messages.SipRequest));
    }

    [Fact]
    public async Task A_challenged_INVITE_writes_no_call_record_only_the_authenticated_retry_does()
    {
        using var caller = _server.Phone("1001");

        await caller.CallAsync("7777", caller.Sdp(), _server.Passwords["1001"]);

        Assert.Equal(404, (await caller.FinalResponseAsync()).StatusCode);
        var record = await _server.Records.WaitForAsync(r => r.CallId == caller.CallId);
        Assert.Equal((404, HangupSide.Server, null), (record.StatusCode, record.HangupBy, record.AnsweredAt));
        Assert.Single(_server.Records.All, r => r.CallId == caller.CallId);
    }

    [Fact]
    public async Task A_wrong_password_gets_403_and_the_callee_is_not_called()
    {
        using var callee = _server.Phone("1002", register: true);
        using var caller = _server.Phone("1001");

        await caller.CallAsync("1002", caller.Sdp(), "not-the-password");

        Assert.Equal(403, (await caller.FinalResponseAsync()).StatusCode);
        Assert.False(callee.Received(m => m is CallCenter.Telephony.Sip.Messages.SipRequest));
        _server.AssertAllReleased();
    }

    [Fact]
    public async Task Authenticating_as_another_extension_than_the_From_gets_403()
    {
        using var callee = _server.Phone("1002", register: true);
        using var caller = _server.Phone("1001");

        // Valid credentials of 1003, but the call claims to come from 1001.
        await caller.CallAsync("1002", caller.Sdp(), _server.Passwords["1003"], asUser: "1003");

        var refused = await caller.FinalResponseAsync();
        Assert.Equal(403, refused.StatusCode);
        Assert.Contains("not your address", refused.ReasonPhrase);
        Assert.False(callee.Received(m => m is CallCenter.Telephony.Sip.Messages.SipRequest));
    }
}
