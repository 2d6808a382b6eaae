using System.Collections.Concurrent;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.FeatureCodes;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>
/// Feature codes (*7x) dialled from a phone: only a caller authenticated as the extension reaches the handler (an outsider,
/// even one the IVR would take, gets 407 and nothing happens); the call is answered, a confirmation played, and hung up by us.
/// </summary>
public sealed class FeatureCodeCallTests : IAsyncLifetime
{
    private readonly RecordingHandler _handler = new();
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture(new AcceptEverything(), _handler);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(FeatureCodeOutcome.Done)]
    [InlineData(FeatureCodeOutcome.Refused)]
    public async Task An_authenticated_extension_dialling_a_feature_code_reaches_the_handler_hears_a_confirmation_and_is_hung_up(FeatureCodeOutcome outcome)
    {
        _handler.Outcome = outcome;
        using var phone = _server.Phone("1001");

        await phone.CallAsync("*70", phone.Sdp(), _server.Passwords["1001"]);
        var ok = await phone.FinalResponseAsync();

        Assert.Equal(200, ok.StatusCode);
        Assert.Equal(("1001", "*70"), Assert.Single(_handler.Calls));
        await phone.SendAsync(phone.Ack(ok.To!.Tag!));
        // The confirmation comes over RTP, then our BYE.
        var (payloadType, _) = await phone.ReceiveRtpAsync();
        Assert.Equal(0, payloadType);
        var bye = await phone.RequestAsync(SipMethods.Bye);
        await phone.RespondAsync(bye, 200);
        var record = await _server.Records.WaitForAsync(r => r.CallId == phone.CallId);
        Assert.Equal(HangupSide.Server, record.HangupBy);
        Assert.NotNull(record.AnsweredAt);
    }

    [Fact]
    public async Task An_unauthenticated_INVITE_to_a_feature_code_gets_407_even_where_the_IVR_takes_every_number_and_nothing_happens()
    {
        using var outsider = _server.Phone("1001");

        await outsider.SendAsync(outsider.Invite("*70", outsider.Sdp()));
        var challenge = await outsider.FinalResponseAsync();

        Assert.Equal(407, challenge.StatusCode);
        await outsider.SendAsync(outsider.AckForFailure(challenge));
        Assert.Empty(_handler.Calls);
        Assert.Empty(_server.Sessions.All);
    }

    [Fact]
    public async Task A_feature_code_for_someone_elses_extension_is_refused_403_and_never_reaches_the_handler()
    {
        using var phone = _server.Phone("1001");

        await phone.CallAsync("*73", phone.Sdp(), _server.Passwords["1001"], fromUser: "1002");

        Assert.Equal(403, (await phone.FinalResponseAsync()).StatusCode);
        Assert.Empty(_handler.Calls);
    }

    [Fact]
    public async Task A_code_the_handler_does_not_know_gets_404_unanswered()
    {
        _handler.Outcome = FeatureCodeOutcome.Unknown;
        using var phone = _server.Phone("1001");

        await phone.CallAsync("*79", phone.Sdp(), _server.Passwords["1001"]);

        Assert.Equal(404, (await phone.FinalResponseAsync()).StatusCode);
        Assert.Equal(("1001", "*79"), Assert.Single(_handler.Calls));
        _server.AssertAllReleased();
    }

    [Theory]
    [InlineData("*70", true)]
    [InlineData("*7", false)]
    [InlineData("*43", false)]
    [InlineData("*7a", false)]
    [InlineData("1001", false)]
    public void Feature_codes_are_star_seven_and_digits(string number, bool isCode) => Assert.Equal(isCode, FeatureCodes.IsFeatureCode(number));

    private sealed class RecordingHandler : IFeatureCodeHandler
    {
        public ConcurrentQueue<(string Extension, string Code)> Calls { get; } = new();
        public FeatureCodeOutcome Outcome { get; set; } = FeatureCodeOutcome.Done;

        public ValueTask<FeatureCodeResult> HandleAsync(string extension, string code, CancellationToken ct)
        {
            Calls.Enqueue((extension, code));
            return new(new FeatureCodeResult(Outcome, $"test {Outcome}"));
        }
    }

    /// <summary>An IVR that would take any number it is offered (as one with a catch-all route would).</summary>
    private sealed class AcceptEverything : IIncomingCallHandler
    {
        public ValueTask<bool> AcceptsAsync(string called, string caller, CancellationToken ct) => new(true);

        public Task HandleAsync(ICallSession call, CancellationToken ct) => call.HangUpAsync("the IVR took it", ct: ct);
    }
}
