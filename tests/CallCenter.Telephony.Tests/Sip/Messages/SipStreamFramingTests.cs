using System.Text;
using CallCenter.Telephony.Sip.Messages;

namespace CallCenter.Telephony.Tests.Sip.Messages;

public class SipStreamFramingTests
{
    private static readonly byte[] Message = Encoding.UTF8.GetBytes(SipParserTests.Invite(body: "v=0\r\ns=-\r\n"));

    [Fact]
    public void Partial_headers_need_more_data()
    {
        var r = SipParser.ParseStream(Message.AsSpan(0, 40));

        Assert.Equal(SipParseStatus.NeedMoreData, r.Status);
        Assert.Equal(0, r.BytesConsumed);
    }

    [Fact]
    public void Headers_without_the_whole_body_need_more_data()
    {
        var r = SipParser.ParseStream(Message.AsSpan(0, Message.Length - 1));

        Assert.Equal(SipParseStatus.NeedMoreData, r.Status);
    }

    [Fact]
    public void Exact_message_is_consumed_whole()
    {
        var r = SipParser.ParseStream(Message);

        Assert.True(r.IsSuccess, r.ToString());
        Assert.Equal(Message.Length, r.BytesConsumed);
        Assert.Equal("v=0\r\ns=-\r\n"u8.ToArray(), r.Message!.Body.ToArray());
    }

    [Fact]
    public void Two_messages_back_to_back_are_framed_one_after_the_other()
    {
        var second = Encoding.UTF8.GetBytes(SipParserTests.Invite().Replace("314159 INVITE", "314160 INVITE"));
        var buffer = new byte[Message.Length + second.Length];
        Message.CopyTo(buffer, 0);
        second.CopyTo(buffer, Message.Length);

        var first = SipParser.ParseStream(buffer);
        var next = SipParser.ParseStream(buffer.AsSpan(first.BytesConsumed));

        Assert.Equal(314159, first.Message!.CSeq!.Number);
        Assert.Equal(Message.Length, first.BytesConsumed);
        Assert.Equal(314160, next.Message!.CSeq!.Number);
        Assert.Equal(second.Length, next.BytesConsumed);
    }

    [Fact]
    public void Byte_by_byte_arrival_completes_exactly_at_the_last_byte()
    {
        for (var n = 1; n < Message.Length; n++)
            Assert.Equal(SipParseStatus.NeedMoreData, SipParser.ParseStream(Message.AsSpan(0, n)).Status);
        Assert.True(SipParser.ParseStream(Message).IsSuccess);
    }

    [Fact]
    public void Keepalive_CRLFs_are_reported_as_consumable()
    {
        var r = SipParser.ParseStream("\r\n\r\n"u8);

        Assert.Equal(SipParseStatus.NeedMoreData, r.Status);
        Assert.Equal(4, r.BytesConsumed);
    }

    [Fact]
    public void Semantic_error_on_a_stream_keeps_framing_so_the_next_message_can_be_read()
    {
        var bad = Encoding.UTF8.GetBytes(SipParserTests.Invite().Replace("Max-Forwards: 70", "Max-Forwards: 700"));

        var r = SipParser.ParseStream(bad);

        Assert.Equal(400, r.ResponseStatusCode);
        Assert.False(r.FramingLost);
        Assert.Equal(bad.Length, r.BytesConsumed);
    }

    [Fact]
    public void Body_announced_beyond_the_size_limit_is_refused_with_513_without_waiting()
    {
        var head = Encoding.UTF8.GetBytes(SipParserTests.Invite().Replace("Content-Length: 0", "Content-Length: 100000"));

        var r = SipParser.ParseStream(head);

        Assert.Equal(513, r.ResponseStatusCode);
        Assert.True(r.FramingLost);
    }
}
