using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Calls;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip;
using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Registrar;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using CallCenter.Telephony.Sip.UserAgents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Sip.Server;

/// <summary>The SIP server as the product assembles it (stack, UAS core, OPTIONS, registrar) on free loopback ports.</summary>
internal sealed class SipServerFixture : IAsyncDisposable
{
    public const string Realm = "callcenter";
    public Dictionary<string, string> Passwords { get; } = new() { ["1001"] = "s3cret-1001", ["1002"] = "s3cret-1002" };
    public LocationService Location { get; } = new(TimeProvider.System, TimeSpan.FromSeconds(60), TimeSpan.FromHours(2));
    public SipStack Stack { get; }
    public CallRegistry Calls { get; } = new();
    public RecordingCallRecords Records { get; } = new();
    public MediaClock Clock { get; } = new(new MediaClockOptions(), NullLogger<MediaClock>.Instance);

    // Each fixture gets RTP ports of its own, so parallel test classes never collide.
    private static int _rtpBase = 46_000;
    private int NextRtpRangeEnd { get; set; }
    private int NextRtpRange()
    {
        var first = Interlocked.Add(ref _rtpBase, 200) - 200;
        NextRtpRangeEnd = first + 199;
        return first;
    }
    public RecordingLogger Log { get; } = new();

    public SipServerFixture()
    {
        ILoggerFactory loggers = Log;
        Stack = new SipStack(TimeProvider.System, new SipTimerOptions(), loggers);
        // Both challenges, as a site whose phones all know RFC 8760 configures it (the default offers MD5 alone).
        var options = new RegistrarOptions { Realm = Realm, Algorithms = [DigestAlgorithm.Md5, DigestAlgorithm.Sha256] };
        var verifier = new DigestVerifier(new NonceService(TimeProvider.System, options.NonceLifetime), Realm);
        var service = new CallService(Calls, Stack, Records, TimeProvider.System, loggers.CreateLogger<CallService>());
        var ports = new RtpPortPool(NextRtpRange(), NextRtpRangeEnd);
        SipServerCore? core = null;
        core = new SipServerCore(
            [
                new OptionsHandler(() => core!.AllowedMethods),
                new RegistrarHandler(Location, verifier, new Credentials(this), options, TimeProvider.System, loggers.CreateLogger<RegistrarHandler>()),
                new InviteHandler(Stack, Calls, service, ports, new SdpNegotiator(new SdpCapabilities()), Clock, new Lazy<DigitPrompts>(DigitPrompts.Create), TimeProvider.System, loggers),
                new ByeHandler(Calls, service),
                new CancelHandler(Stack.Transactions),
            ],
            NullLogger<SipServerCore>.Instance) { AckHandler = (ack, _) => Calls.Find(ack)?.OnAck() };
        Stack.Transactions.User = core;
        Clock.Start();
        Stack.Start(new SipStackOptions { Udp = "127.0.0.1:0", Tcp = "127.0.0.1:0" }, new SipTransportOptions());
    }

    public async ValueTask DisposeAsync()
    {
        await Stack.DisposeAsync();
        Clock.Dispose();
    }

    private sealed class Credentials(SipServerFixture owner) : ISipCredentialStore
    {
        public ValueTask<SipCredential?> FindAsync(string username, CancellationToken ct = default) =>
            new(owner.Passwords.TryGetValue(username, out var p)
                ? new SipCredential(username, Realm, DigestHash.Ha1(DigestAlgorithm.Md5, username, Realm, p), DigestHash.Ha1(DigestAlgorithm.Sha256, username, Realm, p), true)
                : null);
    }
}

/// <summary>Captures log lines so tests can check that refusals are logged.</summary>
internal sealed class RecordingLogger : ILoggerFactory, ILogger
{
    public void AddProvider(ILoggerProvider provider) { }
    private readonly List<string> _lines = [];

    /// <summary>A snapshot: other threads keep logging while a test reads.</summary>
    public IReadOnlyList<string> Lines
    {
        get { lock (_lines) return [.. _lines]; }
    }
    public ILogger CreateLogger(string categoryName) => this;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines) _lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
    public void Dispose() { }
}

/// <summary>A bare-bones phone over UDP: sends text, reads parsed responses.</summary>
internal sealed class TestPhone : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly IPEndPoint _server;
    private int _cseq;

    public TestPhone(IPEndPoint server) => _server = server;

    public IPEndPoint Local => (IPEndPoint)_udp.Client.LocalEndPoint!;
    public string CallId { get; } = Guid.NewGuid().ToString("N") + "@phone";

    public async Task SendAsync(string text) => await _udp.SendAsync(Encoding.UTF8.GetBytes(text), _server);

    /// <summary>The next request of this method the server sends us (e.g. its BYE), skipping anything else.</summary>
    public async Task<SipRequest> NextRequestAsync(string method, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var datagram = await _udp.ReceiveAsync(cancel.Token);
            if (SipParser.ParseDatagram(datagram.Buffer).Request is { } request && request.Method == method) return request;
        }
    }

    /// <summary>Sends a request and returns its final response (matched by CSeq method, so a retransmitted 2xx of an earlier INVITE is skipped).</summary>
    public async Task<SipResponse> RequestAsync(string text)
    {
        var method = text[..text.IndexOf(' ')];
        await _udp.SendAsync(Encoding.UTF8.GetBytes(text), _server);
        while (true)
        {
            var datagram = await _udp.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(10));
            var response = SipParser.ParseDatagram(datagram.Buffer).Response;
            if (response is { StatusCode: >= 200 } && response.CSeq?.Method == method) return response;
        }
    }

    public string Register(string user, int expires = 300, string? authorization = null, string? contact = null, bool rport = true) =>
        $"REGISTER sip:{SipServerFixture.Realm} SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP 10.9.8.7:5060;branch=z9hG4bK{Guid.NewGuid():N}{(rport ? ";rport" : "")}\r\n" +
        "Max-Forwards: 70\r\n" +
        $"From: <sip:{user}@{SipServerFixture.Realm}>;tag=ph1\r\n" +
        $"To: <sip:{user}@{SipServerFixture.Realm}>\r\n" +
        $"Call-ID: {CallId}\r\n" +
        $"CSeq: {++_cseq} REGISTER\r\n" +
        $"Contact: <{contact ?? $"sip:{user}@10.9.8.7:5060"}>\r\n" +
        $"Expires: {expires}\r\n" +
        (authorization is null ? "" : $"Authorization: {authorization}\r\n") +
        "Content-Length: 0\r\n\r\n";

    /// <summary>A request in a call to <paramref name="number"/> from 1001 (dialog tags, CSeq and an optional SDP body as given).</summary>
    public string Call(string method, string number, int cseq = 1, string toTag = "", string sdp = "") =>
        $"{method} sip:{number}@callcenter SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP {Local};branch=z9hG4bK{Guid.NewGuid():N};rport\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: <sip:1001@callcenter>;tag=caller1\r\n" +
        $"To: <sip:{number}@callcenter>{(toTag.Length > 0 ? ";tag=" + toTag : "")}\r\n" +
        $"Call-ID: {CallId}\r\n" +
        $"CSeq: {cseq} {method}\r\n" +
        $"Contact: <sip:1001@{Local}>\r\n" +
        (sdp.Length > 0 ? "Content-Type: application/sdp\r\n" : "") +
        $"Content-Length: {Encoding.UTF8.GetByteCount(sdp)}\r\n\r\n{sdp}";

    /// <summary>The Authorization a phone computes from the first challenge of a 401.</summary>
    public static string Answer(SipResponse challenge, string user, string password, int index = 0)
    {
        var www = challenge.WwwAuthenticates[index];
        var algorithm = www["algorithm"] == "SHA-256" ? DigestAlgorithm.Sha256 : DigestAlgorithm.Md5;
        var c = new DigestCredentials(user, www["realm"]!, www["nonce"]!, $"sip:{SipServerFixture.Realm}", "", algorithm, "auth", "00000001", "0a4f113b");
        var response = DigestHash.Response(algorithm, DigestHash.Ha1(algorithm, user, c.Realm, password), "REGISTER", c);
        return $"Digest username=\"{user}\", realm=\"{c.Realm}\", nonce=\"{c.Nonce}\", uri=\"{c.Uri}\", response=\"{response}\", algorithm={www["algorithm"]}, qop=auth, nc=00000001, cnonce=\"0a4f113b\"";
    }

    public void Dispose() => _udp.Dispose();
}

/// <summary>Keeps the call records written, for assertions.</summary>
internal sealed class RecordingCallRecords : ICallRecordSink
{
    private readonly List<CallRecord> _records = [];
    private readonly List<(Func<CallRecord, bool> Match, TaskCompletionSource<CallRecord> Done)> _waiters = [];

    public ValueTask WriteAsync(CallRecord record, CancellationToken ct = default)
    {
        lock (_records)
        {
            _records.Add(record);
            foreach (var w in _waiters.Where(w => w.Match(record)).ToList())
            {
                w.Done.TrySetResult(record);
                _waiters.Remove(w);
            }
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A snapshot of the records written so far.</summary>
    public IReadOnlyList<CallRecord> All
    {
        get { lock (_records) return [.. _records]; }
    }

    public Task<CallRecord> WaitForAsync(Func<CallRecord, bool> match)
    {
        var done = new TaskCompletionSource<CallRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_records)
        {
            if (_records.FirstOrDefault(match) is { } seen) return Task.FromResult(seen);
            _waiters.Add((match, done));
        }
        return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
