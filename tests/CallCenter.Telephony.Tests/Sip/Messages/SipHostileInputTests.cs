using System.Text;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

public class SipHostileInputTests
{
    private static readonly byte[] Special = ":;,\"<>%\\@[]= \t\r\n\0/?*"u8.ToArray();

    [Fact]
    public void Datagram_with_a_100_KB_header_is_refused_with_513_reading_only_the_lines_within_the_limit()
    {
        var big = Encoding.ASCII.GetBytes(SipParserTests.Invite("X-Big: " + new string('a', 100 * 1024) + "\r\n"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var r = SipParser.ParseDatagram(big);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(SipParseErrorKind.TooLarge, r.Error);
        Assert.Equal(513, r.ResponseStatusCode);
        Assert.True(allocated < 16 * 1024, $"allocated {allocated} bytes");
        var response = SipResponseFactory.CreateForParseError(r)!;
        Assert.Equal(513, response.StatusCode);
        Assert.Equal("z9hG4bK776asdhds", response.TopVia!.Branch);
    }

    [Fact]
    public void Stream_with_a_100_KB_header_is_refused_once_the_limit_is_passed()
    {
        var big = Encoding.ASCII.GetBytes(SipParserTests.Invite("X-Big: " + new string('a', 100 * 1024) + "\r\n"));

        var partial = SipParser.ParseStream(big.AsSpan(0, 60 * 1024));
        var r = SipParser.ParseStream(big);

        Assert.Equal(SipParseStatus.NeedMoreData, partial.Status);
        Assert.Equal(513, r.ResponseStatusCode);
        Assert.True(r.FramingLost);
    }

    [Fact]
    public void Size_limit_is_configurable()
    {
        var message = Encoding.ASCII.GetBytes(SipParserTests.Invite());
        var small = new SipParserOptions { MaxMessageSize = 200 };

        Assert.True(SipParser.ParseDatagram(message).IsSuccess);
        Assert.Equal(SipParseErrorKind.TooLarge, SipParser.ParseDatagram(message, small).Error);
    }

    [Fact]
    public void Too_many_header_lines_are_refused()
    {
        var many = new StringBuilder();
        for (var i = 0; i < 300; i++) many.Append("X-").Append(i).Append(": 1\r\n");

        var r = SipParser.Parse(SipParserTests.Invite(many.ToString()));

        Assert.Equal(400, r.ResponseStatusCode);
    }

    [Fact]
    public void Random_garbage_never_throws_and_is_refused()
    {
        var random = new Random(4475);
        for (var i = 0; i < 5000; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);

            var d = SipParser.ParseDatagram(bytes);
            var s = SipParser.ParseStream(bytes);

            Assert.NotEqual(SipParseStatus.Success, d.Status);
            Assert.NotEqual(SipParseErrorKind.Internal, d.Error);
            Assert.NotEqual(SipParseErrorKind.Internal, s.Error);
        }
    }

    [Fact]
    public void Truncated_torture_messages_never_throw()
    {
        foreach (var file in Directory.GetFiles(Torture.Directory, "*.dat"))
        {
            var bytes = File.ReadAllBytes(file);
            for (var n = 0; n < bytes.Length; n += 7)
            {
                Exercise(SipParser.ParseDatagram(bytes.AsSpan(0, n)));
                var s = SipParser.ParseStream(bytes.AsSpan(0, n));
                Exercise(s);
            }
        }
    }

    [Fact]
    public void Mutated_torture_messages_never_throw_and_views_of_accepted_ones_are_safe()
    {
        var random = new Random(3261);
        var files = Directory.GetFiles(Torture.Directory, "*.dat");
        var accepted = 0;
        for (var i = 0; i < 20000; i++)
        {
            var bytes = File.ReadAllBytes(files[random.Next(files.Length)]).ToList();
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits && bytes.Count > 0; e++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0: bytes[at] = Special[random.Next(Special.Length)]; break;
                    case 1: bytes.Insert(at, Special[random.Next(Special.Length)]); break;
                    case 2: bytes.RemoveAt(at); break;
                    default: bytes[at] = (byte)random.Next(256); break;
                }
            }
            var data = bytes.ToArray();
            var d = SipParser.ParseDatagram(data);
            Exercise(d);
            Exercise(SipParser.ParseStream(data));
            if (d.IsSuccess) accepted++;
        }
        Assert.True(accepted > 1000, $"only {accepted} mutated messages parsed; the fuzz loop is not reaching the header views");
    }

    private static void Exercise(SipParseResult r)
    {
        Assert.NotEqual(SipParseErrorKind.Internal, r.Error);
        if (r.Status == SipParseStatus.Invalid)
        {
            var response = SipResponseFactory.CreateForParseError(r);
            if (response is not null) SipMessageWriter.ToBytes(response);
            return;
        }
        if (r.Message is not { } m) return;
        _ = (m.Vias.Count, m.From, m.To, m.CSeq, m.CallId, m.MaxForwards, m.ContentLength, m.Expires);
        foreach (var c in m.Contacts) _ = (c.Expires, c.Q);
        _ = (m.Routes.Count, m.RecordRoutes.Count, m.Allow.Count, m.Require.Count, m.Supported.Count, m.Authorizations.Count);
        if (m is SipRequest q)
        {
            _ = SipRequestChecks.Check(q);
            SipMessageWriter.ToBytes(SipResponseFactory.Create(q, 200));
        }
        // What we accept, we can write back in a form we accept again.
        var again = SipParser.ParseDatagram(SipMessageWriter.ToBytes(m));
        Assert.True(again.IsSuccess, again.ToString());
    }
}
