using System.Net;
using System.Net.Sockets;
using System.Text;
using CallCenter.Telephony.Rtp;
using CallCenter.Telephony.Sdp;
using CallCenter.Telephony.Sip.Auth;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Server.B2bua;

/// <summary>
/// A phone on loopback UDP that can call (INVITE with proxy digest, ACK, CANCEL, BYE, INFO) and be called
/// (answer the server's INVITE with 180/200/486…, answer its BYE, CANCEL and INFO). Everything the server
/// sends is kept in arrival order, so a test takes each message it expects without losing the others.
/// </summary>
internal sealed class SipTestPeer : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly IPEndPoint _server;
    private readonly List<(SipMessage Message, bool Taken)> _inbox = [];
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _inviteBranch = "";
    private int _cseq;

    public SipTestPeer(string user, IPEndPoint server)
    {
        User = user;
        _server = server;
        _ = ReceiveLoopAsync();
    }

    public string User { get; }
    public IPEndPoint Local => (IPEndPoint)_udp.Client.LocalEndPoint!;
    public string CallId { get; } = Guid.NewGuid().ToString("N") + "@test";
    public string Tag { get; } = "t" + Guid.NewGuid().ToString("N")[..8];
    /// <summary>This phone's RTP socket (its SDP names it).</summary>
    public UdpClient Rtp { get; } = new(new IPEndPoint(IPAddress.Loopback, 0));
    public int RtpPort => ((IPEndPoint)Rtp.Client.LocalEndPoint!).Port;

    /// <summary>An SDP with PCMU and PCMA and telephone-event under <paramref name="dtmf"/>.</summary>
    public string Sdp(string formats = "0 8 101", int dtmf = 101) =>
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n" +
        $"m=audio {RtpPort} RTP/AVP {formats}\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n" +
        $"a=rtpmap:{dtmf} telephone-event/8000\r\na=fmtp:{dtmf} 0-15\r\na=ptime:20\r\na=sendrecv\r\n";

    /// <summary>The same SDP with another direction attribute (hold: sendonly, inactive) and, when given, another RTP port.</summary>
    public string SdpWith(string direction, int port, string formats = "0 101") =>
        Sdp(formats).Replace("a=sendrecv", "a=" + direction, StringComparison.Ordinal).Replace($"m=audio {RtpPort} ", $"m=audio {port} ", StringComparison.Ordinal);

    public Task SendAsync(string text) => _udp.SendAsync(Encoding.UTF8.GetBytes(text), _server).AsTask();
    public Task SendAsync(SipMessage message) => _udp.SendAsync(SipMessageWriter.ToBytes(message), _server).AsTask();

    // ---- As the caller ----

    /// <summary>An INVITE to <paramref name="number"/> from <paramref name="fromUser"/> (this phone's user by default), a new branch and CSeq.</summary>
    public string Invite(string number, string sdp, string? proxyAuthorization = null, string? fromUser = null)
    {
        _inviteBranch = "z9hG4bK" + Guid.NewGuid().ToString("N");
        return $"INVITE sip:{number}@{B2buaServerFixture.Realm} SIP/2.0\r\n" +
            $"Via: SIP/2.0/UDP {Local};branch={_inviteBranch};rport\r\n" +
            "Max-Forwards: 70\r\n" +
            $"From: \"Caller {fromUser ?? User}\" <sip:{fromUser ?? User}@{B2buaServerFixture.Realm}>;tag={Tag}\r\n" +
            $"To: <sip:{number}@{B2buaServerFixture.Realm}>\r\n" +
            $"Call-ID: {CallId}\r\nCSeq: {++_cseq} INVITE\r\n" +
            $"Contact: <sip:{User}@{Local}>\r\n" +
            (proxyAuthorization is null ? "" : $"Proxy-Authorization: {proxyAuthorization}\r\n") +
            $"Content-Type: application/sdp\r\nContent-Length: {Encoding.UTF8.GetByteCount(sdp)}\r\n\r\n{sdp}";
    }

    /// <summary>The INVITE's CSeq number (the last one sent).</summary>
    public int InviteCSeq => _cseq;

    /// <summary>Sends an INVITE without credentials, takes (and ACKs) the 407, and sends it again answering the challenge; returns the challenge.</summary>
    public async Task<SipResponse> CallAsync(string number, string sdp, string? password = null, string? asUser = null, string? fromUser = null)
    {
        await SendAsync(Invite(number, sdp, fromUser: fromUser));
        var challenge = await FinalResponseAsync();
        Assert.Equal(407, challenge.StatusCode);
        await SendAsync(AckForFailure(challenge));
        var user = asUser ?? User;
        var www = challenge.ProxyAuthenticates[0];
        var uri = $"sip:{number}@{B2buaServerFixture.Realm}";
        var c = new DigestCredentials(user, www["realm"]!, www["nonce"]!, uri, "", DigestAlgorithm.Md5, "auth", "00000001", "c0ffee01");
        var response = DigestHash.Response(DigestAlgorithm.Md5, DigestHash.Ha1(DigestAlgorithm.Md5, user, c.Realm, password ?? ""), "INVITE", c);
        var authorization = $"Digest username=\"{user}\", realm=\"{c.Realm}\", nonce=\"{c.Nonce}\", uri=\"{uri}\", response=\"{response}\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"c0ffee01\"";
        await SendAsync(Invite(number, sdp, authorization, fromUser));
        return challenge;
    }

    /// <summary>The next final response to our latest INVITE.</summary>
    public Task<SipResponse> FinalResponseAsync(string method = SipMethods.Invite) =>
        ResponseAsync(r => r.StatusCode >= 200 && r.CSeq?.Method == method && (method != SipMethods.Invite || r.CSeq.Number == _cseq));

    /// <summary>The ACK of a 3xx–6xx: same branch as the INVITE (RFC 3261 §17.1.1.3).</summary>
    public string AckForFailure(SipResponse failure) => Ack(failure.To!.Tag!, _inviteBranch);

    /// <summary>The ACK of a 2xx: a new branch.</summary>
    public string Ack(string toTag, string? branch = null) =>
        Request(SipMethods.Ack, toTag, _cseq, branch ?? "z9hG4bK" + Guid.NewGuid().ToString("N"));

    /// <summary>CANCEL of our latest INVITE (same branch and CSeq number).</summary>
    public string Cancel() => Request(SipMethods.Cancel, "", _cseq, _inviteBranch);

    /// <summary>A request of ours in the call we made (BYE, INFO), with a body when given.</summary>
    public string InDialog(string method, string number, string toTag, string contentType = "", string body = "") =>
        Request(method, toTag, ++_cseq, "z9hG4bK" + Guid.NewGuid().ToString("N"), number, contentType, body);

    private string Request(string method, string toTag, int cseq, string branch, string number = "1002", string contentType = "", string body = "") =>
        $"{method} sip:{number}@{B2buaServerFixture.Realm} SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP {Local};branch={branch};rport\r\n" +
        "Max-Forwards: 70\r\n" +
        $"From: \"Caller {User}\" <sip:{User}@{B2buaServerFixture.Realm}>;tag={Tag}\r\n" +
        $"To: <sip:{number}@{B2buaServerFixture.Realm}>{(toTag.Length > 0 ? ";tag=" + toTag : "")}\r\n" +
        $"Call-ID: {CallId}\r\nCSeq: {cseq} {method}\r\n" +
        (contentType.Length > 0 ? $"Content-Type: {contentType}\r\n" : "") +
        $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    // ---- As the callee ----

    /// <summary>Answers a request the server sent us; a 2xx to an INVITE carries our Contact and, when given, an SDP answer.</summary>
    public Task RespondAsync(SipRequest request, int code, string toTag = "", string? sdp = null)
    {
        var response = SipResponseFactory.Create(request, code, toTag: toTag.Length > 0 ? toTag : Tag);
        if (request.Method == SipMethods.Invite && code is >= 200 and < 300)
            response.Headers.Add(SipHeaderNames.Contact, $"<sip:{User}@{Local}>");
        if (sdp is not null)
        {
            response.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
            response.Body = Encoding.UTF8.GetBytes(sdp);
        }
        return SendAsync(response);
    }

    /// <summary>Our BYE in the call the server's <paramref name="invite"/> made with us (we answered it with our tag).</summary>
    public SipRequest ByeFor(SipRequest invite)
    {
        var bye = new SipRequest(SipMethods.Bye, invite.Contacts[0].Address!.Uri);
        bye.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/UDP {Local};branch=z9hG4bK{Guid.NewGuid():N};rport");
        bye.Headers.Add(SipHeaderNames.MaxForwards, "70");
        bye.Headers.Add(SipHeaderNames.From, $"<{invite.To!.Uri.Raw}>;tag={Tag}");
        bye.Headers.Add(SipHeaderNames.To, invite.Headers.Get(SipHeaderNames.From)!);
        bye.Headers.Add(SipHeaderNames.CallId, invite.CallId!);
        bye.Headers.Add(SipHeaderNames.CSeq, "1 BYE");
        return bye;
    }

    /// <summary>A request of ours in the call the server's <paramref name="invite"/> made with us (BYE, INFO, re-INVITE), with a body when given.</summary>
    public SipRequest InDialogOf(SipRequest invite, string method, string contentType = "", string body = "")
    {
        var request = ByeFor(invite);
        request.Method = method;
        request.Headers.Remove(SipHeaderNames.CSeq);
        request.Headers.Add(SipHeaderNames.CSeq, $"{++_cseq} {method}");
        if (contentType.Length > 0)
        {
            request.Headers.Add(SipHeaderNames.ContentType, contentType);
            request.Body = Encoding.UTF8.GetBytes(body);
        }
        return request;
    }

    /// <summary>RTP packets on our socket until none comes for <paramref name="quiet"/>; false when they keep coming for <paramref name="limit"/>.</summary>
    public async Task<bool> RtpStopsAsync(TimeSpan quiet, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            using var silence = new CancellationTokenSource(quiet);
            try
            {
                await Rtp.ReceiveAsync(silence.Token);
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }
        return false;
    }

    // ---- Receiving ----

    public Task<SipRequest> RequestAsync(string method) =>
        TakeAsync(m => m is SipRequest r && r.Method == method, method).ContinueWith(t => (SipRequest)t.Result, TaskScheduler.Default);

    public Task<SipResponse> ResponseAsync(Func<SipResponse, bool> match) =>
        TakeAsync(m => m is SipResponse r && match(r), "response").ContinueWith(t => (SipResponse)t.Result, TaskScheduler.Default);

    /// <summary>Whether a message matching <paramref name="match"/> has arrived (taken or not).</summary>
    public bool Received(Func<SipMessage, bool> match)
    {
        lock (_inbox) return _inbox.Any(e => match(e.Message));
    }

    private async Task<SipMessage> TakeAsync(Func<SipMessage, bool> match, string what)
    {
        var deadline = DateTime.UtcNow + B2buaServerFixture.Wait;
        while (true)
        {
            Task arrived;
            lock (_inbox)
            {
                var index = _inbox.FindIndex(e => !e.Taken && match(e.Message));
                if (index >= 0)
                {
                    _inbox[index] = (_inbox[index].Message, true);
                    return _inbox[index].Message;
                }
                arrived = _arrived.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(arrived, Task.Delay(left)) != arrived)
                throw new TimeoutException($"{User} received no {what}; got: {string.Join(" | ", Summary())}");
        }
    }

    private IEnumerable<string> Summary()
    {
        lock (_inbox) return _inbox.Select(e => e.Message.StartLine).ToList();
    }

    private async Task ReceiveLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult datagram;
            try
            {
                datagram = await _udp.ReceiveAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            var parsed = SipParser.ParseDatagram(datagram.Buffer);
            SipMessage? message = (SipMessage?)parsed.Request ?? parsed.Response;
            if (message is null) continue;
            lock (_inbox)
            {
                _inbox.Add((message, false));
                var arrived = _arrived;
                _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                arrived.SetResult();
            }
        }
    }

    // ---- Media ----

    /// <summary>Sends one RTP packet of payload type <paramref name="payloadType"/> to <paramref name="to"/>.</summary>
    public async Task SendRtpAsync(IPEndPoint to, int payloadType, byte fill, ushort sequence = 1, uint timestamp = 160)
    {
        var payload = Enumerable.Repeat(fill, 160).ToArray();
        var packet = new byte[12 + payload.Length];
        new RtpHeader(false, (byte)payloadType, sequence, timestamp, 0x1234).Write(payload, packet);
        await Rtp.SendAsync(packet, to);
    }

    /// <summary>The next RTP packet on our socket: its payload type and first payload byte.</summary>
    public async Task<(int PayloadType, byte Fill)> ReceiveRtpAsync()
    {
        var datagram = await Rtp.ReceiveAsync().WaitAsync(B2buaServerFixture.Wait);
        Assert.Equal(RtpParseStatus.Ok, RtpPacket.TryParse(datagram.Buffer, out var packet));
        return (packet.Header.PayloadType, packet.Payload[0]);
    }

    /// <summary>Where an SDP says to send RTP.</summary>
    public static IPEndPoint MediaOf(ReadOnlyMemory<byte> body)
    {
        var sdp = SdpParser.Parse(Encoding.UTF8.GetString(body.Span)).Description!;
        return new IPEndPoint(IPAddress.Parse(sdp.ConnectionOf(sdp.Media[0])!.Address), sdp.Media[0].Port);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _udp.Dispose();
        Rtp.Dispose();
    }
}
