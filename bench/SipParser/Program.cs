using System.Diagnostics;
using System.Globalization;
using System.Text;
using CallCenter.Telephony.Sip.Messages;

// SIP message parser throughput on one thread: a typical INVITE with SDP, its 200 OK, a REGISTER with
// digest credentials. Baseline ("scan"): the least any parser must do, finding the end of the header
// section and every line end in the same bytes; the ratio says how far above that floor we are.
var quick = args.Contains("--quick");
var seconds = quick ? 1.0 : 5.0;

byte[] Ascii(string s) => Encoding.UTF8.GetBytes(s);
const string Sdp = "v=0\r\no=alice 2890844526 2890844526 IN IP4 pc33.example.com\r\ns=-\r\nc=IN IP4 192.0.2.101\r\nt=0 0\r\nm=audio 49172 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
var invite = Ascii("INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;rport\r\n" +
    "Max-Forwards: 70\r\nTo: Bob <sip:bob@example.com>\r\nFrom: \"Alice\" <sip:alice@example.com>;tag=1928301774\r\n" +
    "Call-ID: a84b4c76e66710@pc33.example.com\r\nCSeq: 314159 INVITE\r\nContact: <sip:alice@pc33.example.com>\r\n" +
    "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, INFO\r\nSupported: replaces, timer\r\nUser-Agent: bench/1.0\r\n" +
    $"Content-Type: application/sdp\r\nContent-Length: {Sdp.Length}\r\n\r\n{Sdp}");
var ok = Ascii("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP pc33.example.com:5060;branch=z9hG4bK776asdhds;rport=5060;received=192.0.2.101\r\n" +
    "To: Bob <sip:bob@example.com>;tag=a6c85cf\r\nFrom: \"Alice\" <sip:alice@example.com>;tag=1928301774\r\n" +
    "Call-ID: a84b4c76e66710@pc33.example.com\r\nCSeq: 314159 INVITE\r\nContact: <sip:bob@192.0.2.4>\r\n" +
    $"Content-Type: application/sdp\r\nContent-Length: {Sdp.Length}\r\n\r\n{Sdp}");
var register = Ascii("REGISTER sip:pbx.example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.50:5060;branch=z9hG4bKnashds7;rport\r\n" +
    "Max-Forwards: 70\r\nTo: <sip:1001@pbx.example.com>\r\nFrom: <sip:1001@pbx.example.com>;tag=456248\r\n" +
    "Call-ID: 843817637684230@998sdasdh09\r\nCSeq: 1826 REGISTER\r\nContact: <sip:1001@192.0.2.50:5060>;expires=3600\r\n" +
    "Authorization: Digest username=\"1001\", realm=\"pbx.example.com\", nonce=\"ea9c8e88df84f1cec4341ae6cbe5a359\", " +
    "uri=\"sip:pbx.example.com\", response=\"dfe56131d1958046689d83306477ecc\", algorithm=MD5, qop=auth, nc=00000001, cnonce=\"0a4f113b\"\r\n" +
    "Content-Length: 0\r\n\r\n");

var results = new Dictionary<string, object>();
foreach (var (name, bytes) in new[] { ("invite", invite), ("ok200", ok), ("register", register) })
{
    if (!SipParser.ParseDatagram(bytes).IsSuccess) throw new InvalidOperationException(name + " does not parse");
    var (rate, alloc) = Measure(() => { if (!SipParser.ParseDatagram(bytes).IsSuccess) throw new InvalidOperationException(); });
    var (scanRate, _) = Measure(() => Scan(bytes));
    results[$"{name}_bytes"] = bytes.Length;
    results[$"{name}_parse_per_s"] = Math.Round(rate);
    results[$"{name}_parse_us"] = Math.Round(1e6 / rate, 3);
    results[$"{name}_alloc_bytes"] = alloc;
    results[$"{name}_ratio_vs_scan"] = Math.Round(scanRate / rate, 1);
    Console.Error.WriteLine($"{name,-9} {bytes.Length,4} B  parse {rate,12:N0}/s ({1e6 / rate:F2} µs, {alloc} B alloc)  scan {scanRate,12:N0}/s");
}

// A whole UAS turn: parse the INVITE, read the views a transaction uses, write a 200 with a To-tag.
var (turnRate, turnAlloc) = Measure(() =>
{
    var request = SipParser.ParseDatagram(invite).Request!;
    _ = (request.TopVia!.Branch, request.From!.Tag, request.CSeq!.Number, request.Contacts.Count);
    _ = SipMessageWriter.ToBytes(SipResponseFactory.Create(request, 200, toTag: "a6c85cf"));
});
results["invite_to_200_per_s"] = Math.Round(turnRate);
results["invite_to_200_alloc_bytes"] = turnAlloc;
Console.Error.WriteLine($"invite→200 turn {turnRate:N0}/s, {turnAlloc} B alloc");
Console.WriteLine("{" + string.Join(", ", results.Select(kv => $"\"{kv.Key}\":{Convert.ToString(kv.Value, CultureInfo.InvariantCulture)}")) + "}");

(double Rate, long AllocPerOp) Measure(Action op)
{
    // Warm-up long enough for tiered JIT to reach its optimised code (background recompilation).
    var warm = Stopwatch.StartNew();
    while (warm.Elapsed.TotalSeconds < Math.Min(1.0, seconds)) for (var i = 0; i < 1000; i++) op();
    var n = 0L;
    var alloc0 = GC.GetAllocatedBytesForCurrentThread();
    var sw = Stopwatch.StartNew();
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        for (var i = 0; i < 1000; i++) op();
        n += 1000;
    }
    sw.Stop();
    return (n / sw.Elapsed.TotalSeconds, (GC.GetAllocatedBytesForCurrentThread() - alloc0) / n);
}

static int Scan(ReadOnlySpan<byte> data)
{
    var end = data.IndexOf("\r\n\r\n"u8);
    var lines = 0;
    var head = data[..end];
    int i;
    while ((i = head.IndexOf("\r\n"u8)) >= 0) { lines++; head = head[(i + 2)..]; }
    return lines;
}
