using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server;

/// <summary>REGISTER end to end over real UDP sockets through the whole stack.</summary>
public sealed class RegistrarOverUdpTests : IAsyncLifetime
{
    private SipServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new SipServerFixture();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_phone_with_the_right_password_is_challenged_then_registered_with_MD5_or_SHA_256(int challengeIndex)
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);

        var challenge = await phone.RequestAsync(phone.Register("1001"));
        Assert.Equal(401, challenge.StatusCode);
        Assert.Equal(["MD5", "SHA-256"], challenge.WwwAuthenticates.Select(w => w["algorithm"]));

        var ok = await phone.RequestAsync(phone.Register("1001", authorization: TestPhone.Answer(challenge, "1001", "s3cret-1001", challengeIndex)));

        Assert.Equal(200, ok.StatusCode);
        Assert.Contains("expires=300", Assert.Single(ok.Headers.GetAll(SipHeaderNames.Contact)));
        var binding = Assert.Single(_server.Location.Lookup("sip:1001@callcenter"));
        Assert.Equal(phone.Local, binding.Source);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_403_and_both_are_logged()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        var first = await phone.RequestAsync(phone.Register("1001"));
        var wrong = await phone.RequestAsync(phone.Register("1001", authorization: TestPhone.Answer(first, "1001", "guess")));
        var second = await phone.RequestAsync(phone.Register("4711"));
        var unknown = await phone.RequestAsync(phone.Register("4711", authorization: TestPhone.Answer(second, "4711", "guess")));

        Assert.Equal((403, 403), (wrong.StatusCode, unknown.StatusCode));
        Assert.Equal(wrong.ReasonPhrase, unknown.ReasonPhrase);
        Assert.Contains(_server.Log.Lines, l => l.Contains("bad credentials for user 1001"));
        Assert.Contains(_server.Log.Lines, l => l.Contains("bad credentials for user 4711"));
        Assert.Empty(_server.Location.Lookup("sip:1001@callcenter"));
    }

    [Fact]
    public async Task A_user_cannot_register_another_extension_with_its_own_password()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        var challenge = await phone.RequestAsync(phone.Register("1002"));
        // Credentials of 1001 presented for the address of 1002.
        var answer = TestPhone.Answer(challenge, "1001", "s3cret-1001");

        var refused = await phone.RequestAsync(phone.Register("1002", authorization: answer));

        Assert.Equal(403, refused.StatusCode);
        Assert.Empty(_server.Location.Lookup("sip:1002@callcenter"));
    }

    [Fact]
    public async Task Expires_zero_unregisters_and_a_too_short_expiry_gets_423_with_Min_Expires()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        var challenge = await phone.RequestAsync(phone.Register("1001"));
        var auth = TestPhone.Answer(challenge, "1001", "s3cret-1001");

        var brief = await phone.RequestAsync(phone.Register("1001", expires: 10, authorization: auth));
        Assert.Equal(423, brief.StatusCode);
        Assert.Equal("60", brief.Headers.Get("Min-Expires"));

        Assert.Equal(200, (await phone.RequestAsync(phone.Register("1001", authorization: auth))).StatusCode);
        Assert.Single(_server.Location.Lookup("sip:1001@callcenter"));
        Assert.Equal(200, (await phone.RequestAsync(phone.Register("1001", expires: 0, authorization: auth))).StatusCode);
        Assert.Empty(_server.Location.Lookup("sip:1001@callcenter"));
    }

    [Fact]
    public async Task The_response_carries_the_real_source_in_received_and_rport_for_a_phone_behind_NAT()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);

        var challenge = await phone.RequestAsync(phone.Register("1001"));

        var via = challenge.Vias[0];
        Assert.Equal("127.0.0.1", via.Received);
        Assert.Equal(phone.Local.Port, via.RPort);
    }

    [Fact]
    public async Task OPTIONS_is_answered_200_with_the_allowed_methods_and_an_unknown_method_501()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        var options = phone.Register("1001").Replace("REGISTER sip:", "OPTIONS sip:").Replace("REGISTER\r\n", "OPTIONS\r\n");
        var unknown = phone.Register("1001").Replace("REGISTER sip:", "FROBNICATE sip:").Replace(" REGISTER\r\n", " FROBNICATE\r\n");

        var ok = await phone.RequestAsync(options);
        var notImplemented = await phone.RequestAsync(unknown);

        Assert.Equal(200, ok.StatusCode);
        Assert.Contains("REGISTER", ok.Headers.Get(SipHeaderNames.Allow));
        Assert.Equal(501, notImplemented.StatusCode);
    }

    [Fact]
    public async Task Garbage_and_a_malformed_request_are_answered_or_dropped_and_the_server_keeps_registering()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        using var attacker = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        await attacker.SendAsync(new byte[] { 0, 1, 2, 3, 0xff }, _server.Stack.UdpEndPoint!);
        var bad = await phone.RequestAsync(phone.Register("1001").Replace("SIP/2.0\r\nVia", "SIP/7.0\r\nVia"));

        var challenge = await phone.RequestAsync(phone.Register("1001"));

        Assert.Equal(505, bad.StatusCode);
        Assert.Equal(401, challenge.StatusCode);
        Assert.True(_server.Stack.Counters.Dropped >= 1);
    }

    [Fact]
    public async Task A_request_requiring_extensions_we_lack_gets_420_naming_them()
    {
        using var phone = new TestPhone(_server.Stack.UdpEndPoint!);
        var request = phone.Register("1001").Replace("Max-Forwards: 70\r\n", "Max-Forwards: 70\r\nRequire: nonsenseext, 100rel\r\n");

        var refused = await phone.RequestAsync(request);

        Assert.Equal(420, refused.StatusCode);
        Assert.Contains("nonsenseext", refused.Headers.Get(SipHeaderNames.Unsupported));
    }
}
