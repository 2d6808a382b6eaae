using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CallCenter.Telephony.Sip.Messages;
using CallCenter.Telephony.Sip.Transactions;
using CallCenter.Telephony.Sip.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Telephony.Tests.Sip.Transactions;

/// <summary>A transaction layer on a fake clock, recording what it sends and what reaches its TU.</summary>
internal sealed class TransactionHarness : ITransactionUser, ISipSender
{
    public static readonly SipPeer Udp = new(new IPEndPoint(IPAddress.Parse("192.0.2.7"), 5060), SipProtocol.Udp);
    public static readonly SipPeer Tcp = Udp with { Protocol = SipProtocol.Tcp };

    public TransactionHarness()
    {
        Layer = new SipTransactionLayer(this, Time, new SipTimerOptions(), NullLogger<SipTransactionLayer>.Instance) { User = this };
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
    public SipTransactionLayer Layer { get; }
    public ConcurrentQueue<(SipMessage Message, DateTimeOffset At)> Sent { get; } = new();
    public List<ServerTransaction> Requests { get; } = [];
    public List<SipRequest> Acks { get; } = [];
    public List<SipResponse> Strays { get; } = [];

    public void Send(ReadOnlyMemory<byte> message, SipPeer to) =>
        Sent.Enqueue((SipParser.ParseDatagram(message.Span).Message!, Time.GetUtcNow()));

    public IReadOnlyList<string> SentLines => Sent.Select(s => s.Message.StartLine).ToList();

    public void OnRequest(ServerTransaction transaction) => Requests.Add(transaction);
    public void OnAck(SipRequest ack, SipPeer from) => Acks.Add(ack);
    public void OnStrayResponse(SipResponse response, SipPeer from) => Strays.Add(response);

    public void Receive(string text, SipPeer? from = null) => Layer.Receive(SipParser.ParseDatagram(Encoding.UTF8.GetBytes(text)).Message!, from ?? Udp);

    public static string Request(string method, string branch, long cseq = 1, string? cseqMethod = null, string toTag = "") =>
        $"{method} sip:1001@192.0.2.1 SIP/2.0\r\n" +
        $"Via: SIP/2.0/UDP 192.0.2.7:5060;branch={branch}\r\n" +
        "Max-Forwards: 70\r\n" +
        "From: <sip:caller@192.0.2.7>;tag=abc\r\n" +
        $"To: <sip:1001@192.0.2.1>{(toTag.Length > 0 ? ";tag=" + toTag : "")}\r\n" +
        "Call-ID: call-1@192.0.2.7\r\n" +
        $"CSeq: {cseq} {cseqMethod ?? method}\r\n" +
        "Content-Length: 0\r\n\r\n";

    public static string Response(int code, string branch, string method, long cseq = 1, string toTag = "xyz") =>
        $"SIP/2.0 {code} Reason\r\n" +
        $"Via: SIP/2.0/UDP 192.0.2.1:5060;branch={branch}\r\n" +
        "From: <sip:caller@192.0.2.7>;tag=abc\r\n" +
        $"To: <sip:1001@192.0.2.1>;tag={toTag}\r\n" +
        "Call-ID: call-1@192.0.2.7\r\n" +
        $"CSeq: {cseq} {method}\r\n" +
        "Content-Length: 0\r\n\r\n";

    /// <summary>An outgoing request from us (Via sent-by 192.0.2.1:5060).</summary>
    public static SipRequest Outgoing(string method, string branch) =>
        SipParser.ParseDatagram(Encoding.UTF8.GetBytes(Request(method, branch).Replace("Via: SIP/2.0/UDP 192.0.2.7:5060", "Via: SIP/2.0/UDP 192.0.2.1:5060"))).Request!;
}
