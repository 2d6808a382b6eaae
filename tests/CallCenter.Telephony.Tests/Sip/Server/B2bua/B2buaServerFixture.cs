using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.FeatureCodes;
using CallCenter.Telephony.Sessions.Forwarding;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>
/// The SIP server with calls between extensions wired as the product wires them (InviteHandler with an
/// ExtensionCallRouter; BYE, CANCEL and INFO aware of bridged calls; forwarding rules per extension (<see cref="Forwarding"/>)
/// and an optional feature-code handler), on free loopback ports. The B2BUA's
/// clock is a <see cref="FakeTimeProvider"/>: the ring timeout and the missing-ACK timeout happen only when a
/// test advances it, so no test waits for them and none is cut short by them. The SIP transactions run on real time.
/// </summary>
internal sealed class B2buaServerFixture : IAsyncDisposable
{
    public const string Realm = "callcenter";
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private static int _rtpBase = 52_000;

    /// <summary>The forwarding rules per extension the server follows (none unless a test sets them before the call).</summary>
    public ForwardingTable Forwarding { get; } = new();

    public Dictionary<string, string> Passwords { get; } = new() { ["1001"] = "pw-1001", ["1002"] = "pw-1002", ["1003"] = "pw-1003", ["1004"] = "pw-1004" };
    public HookedTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public B2buaOptions Options { get; } = new() { RingTimeout = TimeSpan.FromSeconds(30) };
    public LocationService Location { get; } = new(TimeProvider.System, TimeSpan.FromSeconds(60), TimeSpan.FromHours(2));
    public SipStack Stack { get; }
    public CallRegistry Calls { get; } = new();
    public BridgedCallRegistry Bridged { get; } = new();
    public RtpPortPool Ports { get; }
    public RecordingCallRecords Records { get; } = new();
    public RecordingLogger Log { get; } = new();
    private readonly MediaClock _clock = new(new MediaClockOptions(), NullLogger<MediaClock>.Instance);

    /// <summary>The media clock of the calls (its lateness and the digit-to-prompt latency).</summary>
    public MediaClock Clock => _clock;

    /// <summary>Call sessions handed to <paramref name="incoming"/> (service numbers) when one is given.</summary>
    public CallSessionRegistry Sessions { get; } = new();

    /// <summary>The telephony API over this server: its sessions, registrations, and calls it places (ring timeout on <see cref="Time"/>).</summary>
    public SipTelephony Telephony { get; }

    public B2buaServerFixture(IIncomingCallHandler? incoming = null, IFeatureCodeHandler? featureCodes = null)
    {
        ILoggerFactory loggers = Log;
        var first = Interlocked.Add(ref _rtpBase, 100) - 100;
        Ports = new RtpPortPool(first, first + 99);
        Stack = new SipStack(TimeProvider.System, new SipTimerOptions(), loggers);
        var registrar = new RegistrarOptions { Realm = Realm };
        var verifier = new DigestVerifier(new NonceService(TimeProvider.System, registrar.NonceLifetime), Realm);
        var service = new CallService(Calls, Stack, Records, TimeProvider.System, loggers.CreateLogger<CallService>());
        var negotiator = new SdpNegotiator(new SdpCapabilities());
        var router = new ExtensionCallRouter(Stack, Ports, negotiator, service, Bridged, Location, verifier, new Credentials(this), registrar,
            Options, Time, loggers, Forwarding, featureCodes, _clock, Sessions);
        var core = new SipServerCore(
            [
                new InviteHandler(Stack, Calls, service, Ports, negotiator, _clock, new Lazy<DigitPrompts>(DigitPrompts.Create), Time, loggers, router,
                    incoming, Bridged, Sessions),
                new ByeHandler(Calls, service, Bridged),
                new CancelHandler(Stack.Transactions, Bridged),
                new InfoHandler(Calls, Bridged, NullLogger<InfoHandler>.Instance),
            ],
            NullLogger<SipServerCore>.Instance) { AckHandler = (ack, _) => Calls.Find(ack)?.OnAck() };
        Stack.Transactions.User = core;
        Telephony = new SipTelephony(Sessions, Location,
            new CallOriginator(Stack, Ports, negotiator, service, Bridged, Sessions, Location, registrar, _clock, Time, loggers, Forwarding));
        _clock.Start();
        Stack.Start(new SipStackOptions { Udp = "127.0.0.1:0", Tcp = "127.0.0.1:0" }, new SipTransportOptions());
    }

    /// <summary>A phone for <paramref name="user"/> (registered in the location service when <paramref name="register"/>).</summary>
    public SipTestPeer Phone(string user, bool register = false)
    {
        var phone = new SipTestPeer(user, Stack.UdpEndPoint!);
        if (register)
            Location.Register($"sip:{user}@{Realm}", phone.CallId, 1, phone.Local, SipProtocol.Udp,
                [new BindingUpdate($"sip:{user}@{phone.Local}", TimeSpan.FromMinutes(5))]);
        return phone;
    }

    /// <summary>Nothing of a call is left: no call, nothing ringing, no callee leg, every RTP port back.</summary>
    public void AssertAllReleased() =>
        Assert.Equal((0, 0, 0, 0), (Ports.InUse, Calls.Count, Bridged.RingingCount, Bridged.CalleeLegCount));

    public async ValueTask DisposeAsync()
    {
        await Stack.DisposeAsync();
        _clock.Dispose();
    }

    private sealed class Credentials(B2buaServerFixture owner) : ISipCredentialStore
    {
        public ValueTask<SipCredential?> FindAsync(string username, CancellationToken ct = default) =>
            new(owner.Passwords.TryGetValue(username, out var p)
                ? new SipCredential(username, Realm, DigestHash.Ha1(DigestAlgorithm.Md5, username, Realm, p), DigestHash.Ha1(DigestAlgorithm.Sha256, username, Realm, p), true)
                : null);
    }
}

/// <summary>A fake clock that can stop the thread creating the next timer: the B2BUA creates one (the 200's retransmission) just before it answers the caller.</summary>
internal sealed class HookedTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private Action? _beforeNextTimer;

    /// <summary>Runs <paramref name="hook"/> once, on the thread that creates the next timer, before creating it.</summary>
    public void BeforeNextTimer(Action hook) => Volatile.Write(ref _beforeNextTimer, hook);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Exchange(ref _beforeNextTimer, null)?.Invoke();
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
